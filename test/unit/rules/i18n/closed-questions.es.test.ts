import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const START =
  'Agente: Gracias por llamar a Acme, le atiende Lucía. ¿En qué puedo ayudarle?\nCliente: La impresora no imprime.\n' +
  'Agente: Déjeme ver si lo he entendido: no imprime nada desde esta mañana, ¿es así?\nCliente: Sí.\n';

runRuleTests('closed-questions', {
  valid: es.valid([
    { code: `${START}Agente: ¿Empezó después de la actualización?\n` },
    { code: `${START}Agente: ¿Qué luz está encendida?\n`, name: 'pide un solo dato' },
    { code: `${START}Agente: ¿Por qué no probamos a reiniciarla?\n`, name: '"¿por qué no probamos…?" es una propuesta' },
    { code: `${START}Agente: ¿Ha cambiado el cartucho esta semana?\n` },
    { code: `Agente: Gracias por llamar a Acme. ¿En qué puedo ayudarle?\nCliente: No imprime.\nAgente: Cuénteme qué pasó.\n`, name: 'antes de reformular, escuchar con preguntas abiertas está bien' },
  ]),
  invalid: es.invalid([
    { code: `${START}Agente: ¿Por qué cree que ha pasado?\n`, errors: [{ messageId: 'open', line: 5, column: 9, endColumn: 37 }] },
    { code: `${START}Agente: Entiendo, ¿por qué no imprime?\n`, errors: [{ messageId: 'open', line: 5, column: 9, endColumn: 39 }], name: '"¿por qué no imprime?" es abierta; ¿ tras una coma' },
    { code: `${START}Agente: ¿Me puede describir el mensaje de error?\n`, errors: [{ messageId: 'open', line: 5, column: 9 }] },
    {
      code: `${START}Agente: Cuénteme qué pasó exactamente.\n`,
      locale: 'es',
      errors: [{ messageId: 'open', line: 5, column: 9, message: 'Pregunta abierta en la parte de aclaración: pida un solo dato que el cliente pueda responder con sí, no o un detalle («¿Empezó después de la actualización?»).' }],
    },
  ]),
});
