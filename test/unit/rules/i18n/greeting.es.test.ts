import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const CUSTOMER = 'Cliente: Hola, no me funciona internet.\n';

runRuleTests('greeting', {
  valid: es.valid([
    { code: `Agente: Buenos días, gracias por llamar a Acme, le atiende Lucía. ¿En qué puedo ayudarle?\n${CUSTOMER}` },
    { code: `Agente: Gracias por llamar a {empresa}, mi nombre es {agente}. ¿En qué le puedo ayudar?\n${CUSTOMER}`, name: 'con marcadores en español' },
    { code: `Agente: Bienvenido a Telefónica, soy Marta. ¿Cómo puedo ayudarle?\n${CUSTOMER}` },
    { code: `Agente: Buenas tardes, le atiende Jorge, de Acme Soporte. ¿En qué le puedo servir?\n${CUSTOMER}`, name: '"de Acme" nombra la empresa' },
    { code: `Agente: Le atiende Ana.\nAgente: Gracias por llamar a la Compañía Eléctrica, ¿en qué puedo ayudarle?\n${CUSTOMER}`, name: 'el saludo repartido en dos turnos, con artículo' },
    { code: `Agente: Gracias por llamar a Acme, le atiende Lucía. ¿Qué se le ofrece?\n${CUSTOMER}`, name: 'fórmula mexicana de ofrecer ayuda' },
  ]),
  invalid: es.invalid([
    {
      code: `Agente: Hola, ¿en qué puedo ayudarle?\n${CUSTOMER}`,
      errors: [
        { messageId: 'name', line: 1, column: 1, endColumn: 38 },
        { messageId: 'company', line: 1, column: 1, endColumn: 38 },
      ],
    },
    {
      code: `Agente: Gracias por llamar a Acme. ¿Qué tal?\n${CUSTOMER}`,
      errors: [
        { messageId: 'name', line: 1, column: 1 },
        { messageId: 'helpOffer', line: 1, column: 1 },
      ],
      name: '"¿qué tal?" no ofrece ayuda',
    },
    {
      code: `Agente: Buenos días, soy de Acme.\n${CUSTOMER}`,
      locale: 'es',
      errors: [
        { messageId: 'name', line: 1, column: 1, message: 'El saludo no dice quién habla: preséntese con su nombre («le atiende Ana»).' },
        { messageId: 'helpOffer', line: 1, column: 1, message: 'El saludo no ofrece ayuda: termínelo con una pregunta como «¿En qué puedo ayudarle?».' },
      ],
      name: '"soy de Acme" no es un nombre',
    },
    {
      code: 'Cliente: No imprime nada.\n',
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1 }],
      output: 'Agente: Gracias por llamar a {empresa}, le atiende {agente}. ¿En qué puedo ayudarle?\nCliente: No imprime nada.\n',
      name: 'el arreglo inserta el saludo en español con la etiqueta Agente',
    },
  ]),
});
