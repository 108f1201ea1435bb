import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const ASK = 'Agente: Necesito revisar la configuración de su línea. ¿Puedo ponerle en espera unos dos minutos?\n';
const THANKS = 'Agente: Gracias por esperar.\n';

runRuleTests('announced-hold', {
  valid: es.valid([
    { code: `${ASK}Cliente: Sí, claro.\n[espera 2m]\n${THANKS}`, name: 'motivo, permiso y duración en un turno' },
    {
      code: 'Agente: Tengo que consultarlo con facturación.\nCliente: Vale.\nAgente: ¿Le importa esperar un par de minutos?\nCliente: No, adelante.\n[espera]\nAgente: Muchas gracias por su paciencia, ya lo tengo.\n',
      name: 'anunciado en dos turnos, con "¿le importa esperar?"',
    },
    {
      code: 'Agente: Voy a comprobar el estado de la red en su zona. ¿Me permite un momento? Serán 2 min.\n[espera 2m]\nAgente: Disculpe la espera.\n',
      name: 'duración en cifras y disculpas por la espera',
    },
    {
      code: 'Agente: Para poder revisar su factura necesito unos tres minutos. ¿Le parece bien?\n[espera 3m]\nAgente: Le agradezco la espera, señor Gómez.\n',
      name: '"¿le parece bien?" como permiso',
    },
    {
      code: 'Agente: Necesito hacer una prueba de línea; tardará unos cinco minutos. ¿Le importa esperar? Le iré informando cada dos minutos.\n[espera 5m]\nAgente: Gracias por esperar.\n',
      name: 'una espera larga con aviso de que volverá a la línea',
    },
    {
      code: 'Agente: Necesito revisar la configuración de su línea. ¿Puedo ponerle en espera unos dos minutos?\n[espera 2m]\nAgente: Gracias por esperar.\n'.normalize('NFD'),
      name: 'texto con acentos descompuestos (NFD)',
    },
    {
      code: 'Cliente: ¿Puede esperar un segundo? Suena el timbre.\nAgente: Por supuesto, tómese su tiempo.\n' + `${ASK}[espera 2m]\n${THANKS}`,
      name: 'la pregunta del cliente no cuenta, la del agente sí',
    },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Un momentito.\n[espera]\nAgente: Listo.\n',
      errors: [
        { messageId: 'noReason', line: 2, column: 1, endColumn: 9 },
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
        { messageId: 'noThanks', line: 2, column: 1 },
      ],
      name: '"un momentito" no anuncia nada',
    },
    {
      code: 'Agente: Necesito revisar su cuenta. Le pongo en espera.\n[espera]\nAgente: Gracias por esperar.\n',
      errors: [
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
      ],
      name: '"le pongo en espera" informa pero no pide permiso',
    },
    {
      code: `${ASK}[espera 2m]\nAgente: Bien, ya lo veo.\n`,
      errors: [{ messageId: 'noThanks', line: 2, column: 1, message: 'After the hold, thank the customer for waiting ("Thank you for waiting").' }],
      name: 'sin agradecer la espera',
    },
    {
      code: 'Agente: Necesito hacer una prueba de línea. ¿Puedo ponerle en espera unos diez minutos?\n[espera]\nAgente: Gracias por esperar.\n',
      errors: [{ messageId: 'noCheckBack', line: 2, column: 1, message: 'A hold of 10 minutes is longer than 3: offer to check back with an update or to call back.' }],
      name: 'diez minutos sin ofrecer volver a la línea',
    },
    {
      code: 'Agente: Necesito revisar su cuenta. ¿Está bien?\n[espera]\nAgente: Gracias por la espera.\n',
      locale: 'es',
      errors: [{ messageId: 'noDuration', line: 2, column: 1, message: 'Espera sin anunciar: diga cuánto tiempo esperará el cliente («unos dos minutos»).' }],
      name: 'sin duración, con el mensaje en español',
    },
  ]),
});
