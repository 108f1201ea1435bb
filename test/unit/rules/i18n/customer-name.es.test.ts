import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const OPEN = 'Agente: Gracias por llamar a Acme, le atiende Lucía.\nCliente: Hola, tengo un problema con la factura.\n';

runRuleTests('customer-name', {
  valid: es.valid([
    { code: `${OPEN}Agente: Gracias, señora Pérez, ya lo veo.\n` },
    { code: `${OPEN}Agente: Gracias, Sr. Gómez.\n`, name: 'abreviatura Sr.' },
    { code: `${OPEN}Agente: Perfecto, don Luis, lo reviso ahora.\n`, name: 'don + nombre' },
    { code: `${OPEN}Agente: Gracias, {cliente}.\n`, name: 'marcador del cliente' },
  ]),
  invalid: es.invalid([
    {
      code: `${OPEN}Agente: Gracias por su paciencia, señora.\n`,
      errors: [{ messageId: 'never', line: 3, column: 1, message: 'The script never addresses the customer by name: say {cliente} at least once, for example when you restate the problem.' }],
      name: '"señora" sin nombre no es llamar por el nombre',
    },
    {
      code: `${OPEN}Agente: Le llamo el martes.\n`,
      locale: 'es',
      errors: [{ messageId: 'never', line: 3, column: 1, message: 'El guion nunca llama al cliente por su nombre: diga {cliente} al menos una vez, por ejemplo al repetir el problema.' }],
    },
  ]),
});
