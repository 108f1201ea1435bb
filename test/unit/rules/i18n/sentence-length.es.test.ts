import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');
const LONG =
  'Agente: El Sr. Gómez ya tiene el router nuevo, p. ej. el modelo blanco que enviamos la semana pasada a su domicilio en la avenida principal de la ciudad con su número.\n';

runRuleTests('sentence-length', {
  valid: es.valid([
    { code: 'Agente: Hemos enviado el router nuevo a su domicilio. Debería llegarle el jueves por la mañana.\n' },
    {
      code: 'Agente: Le enviaremos un técnico el jueves por la mañana para revisar la instalación completa de su vivienda ¿Le parece bien a usted que vaya a las nueve?\n',
      name: '¿ abre una frase nueva aunque falte el punto',
    },
    { code: 'Agente: Sí.\n' },
  ]),
  invalid: es.invalid([
    {
      code: LONG,
      errors: [{ messageId: 'tooLong', line: 1, column: 9, endColumn: 168, message: 'This sentence has 31 words; on the phone, keep it under 25: split it in two.' }],
      name: '"Sr." y "p. ej." no cortan la frase',
    },
    {
      code: LONG,
      locale: 'es',
      errors: [{ messageId: 'tooLong', line: 1, column: 9, message: 'Esta frase tiene 31 palabras; por teléfono, no pase de 25: divídala en dos.' }],
    },
  ]),
});
