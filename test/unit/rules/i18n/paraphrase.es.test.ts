import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const OPEN = 'Agente: Gracias por llamar a Acme, le atiende Lucía. ¿En qué puedo ayudarle?\nCliente: La impresora no imprime desde esta mañana.\n';

runRuleTests('paraphrase', {
  valid: es.valid([
    { code: `${OPEN}Agente: Déjeme ver si lo he entendido: desde esta mañana la impresora no imprime, ¿es así?\nCliente: Sí.\nAgente: ¿La luz de la impresora está encendida?\n` },
    { code: `${OPEN}Agente: Si le he entendido bien, no imprime nada desde esta mañana.\nAgente: Por favor, apague la impresora.\n`, name: '"si le he entendido bien"' },
    { code: `${OPEN}Agente: O sea, que no imprime desde esta mañana, ¿verdad?\nCliente: Eso es.\nAgente: ¿Puede reiniciarla?\n`, name: 'reformulación con "¿verdad?"' },
    { code: `${OPEN}Agente: ¿Me confirma su número de cliente, por favor?\nAgente: Déjeme ver si comprendo: no imprime desde esta mañana.\nAgente: Reinicie la impresora.\n`, name: 'pedir el número de cliente no es una pregunta de aclaración' },
    { code: `${OPEN}Agente: Lo siento mucho. ¿Me permite ponerle en espera un minuto?\n`, name: 'pedir permiso para la espera no es una pregunta de aclaración' },
  ]),
  invalid: es.invalid([
    {
      code: `${OPEN}Agente: ¿La luz de la impresora está encendida?\n`,
      errors: [{ messageId: 'missing', line: 3, column: 9, endColumn: 48 }],
    },
    {
      code: `${OPEN}Agente: Entiendo. Por favor, apague la impresora.\n`,
      errors: [{ messageId: 'missing', line: 3, column: 19, endColumn: 50 }],
      name: 'una instrucción sin reformular el problema',
    },
    {
      code: `${OPEN}Agente: Vale, ¿puede desconectar el cable?\n`,
      locale: 'es',
      errors: [{ messageId: 'missing', line: 3, column: 9, message: 'Repita el problema con sus palabras antes de preguntar o dar instrucciones: diga primero «Déjeme ver si lo he entendido bien: ... ¿Es así?».' }],
    },
  ]),
});
