import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('honest-unknown', {
  valid: es.valid([
    { code: 'Agente: No lo sé, pero déjeme consultarlo con un compañero.\n' },
    { code: 'Agente: No estoy seguro.\nCliente: Vaya.\nAgente: Le llamo mañana antes de las 12.\n', name: 'el compromiso en el siguiente turno del agente' },
    { code: 'Agente: No sé si me explico.\n', name: '"no sé si me explico" no admite desconocer la respuesta' },
    { code: 'Agente: No sé si usted ya probó a reiniciarlo.\n', name: 'no saber lo que hizo el cliente no es no saber la respuesta' },
    { code: 'Agente: No estoy segura de haberle entendido bien, ¿me lo repite?\n' },
    { code: 'Agente: No tengo esa información aquí.\n[espera 2m]\nAgente: Gracias por esperar, ya lo tengo.\n', name: 'ponerse en espera para averiguarlo' },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: No lo sé.\nAgente: Le llamaré más tarde.\n',
      errors: [{ messageId: 'noTime', line: 1, column: 9, endColumn: 17, message: 'After "No lo sé", say when you will call back ("I\'ll call you back by 3 pm today").' }],
      name: '"más tarde" no es una hora',
    },
    {
      code: 'Agente: Desconozco ese dato ahora mismo.\n',
      errors: [{ messageId: 'noCommitment', line: 1, column: 9, endColumn: 19 }],
    },
    {
      code: 'Agente: La verdad, no tengo ni idea.\n',
      locale: 'es',
      errors: [{ messageId: 'noCommitment', line: 1, column: 20, message: 'Después de «no tengo ni idea», diga cómo lo va a averiguar: consultarlo, preguntar a un compañero o devolver la llamada a una hora concreta («Déjeme consultarlo con un compañero»).' }],
    },
  ]),
});
