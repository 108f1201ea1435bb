import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('positive-tone', {
  valid: es.valid([
    { code: 'Agente: Si no entiende algún paso, dígamelo y lo repetimos.\n', name: 'ofrecer ayuda si algo no se entiende' },
    { code: 'Agente: ¿Me escucha bien? Le oigo entrecortado.\n', name: 'comprobar el audio no es un reproche' },
    { code: 'Agente: Como le decía, el técnico irá el lunes.\n', name: '"como le decía" retoma el hilo sin reprochar' },
    { code: 'Agente: Déjeme comprobarlo, y esto es lo que puedo hacer por usted.\n' },
    { code: 'Agente: Entiendo que es frustrante; vamos a solucionarlo juntos.\n' },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Usted debería haber reiniciado el router antes.\n',
      errors: [{ messageId: 'negative', line: 1, column: 9, endColumn: 39 }],
    },
    {
      code: 'Agente: Cálmese, por favor.\n',
      locale: 'es',
      errors: [{ messageId: 'negative', line: 1, column: 9, endColumn: 16, message: '«Cálmese» puede sonar a reproche o a sermón: dígalo en positivo, por ejemplo «Entiendo que es frustrante y estoy aquí para ayudarle.»' }],
    },
    { code: 'Agente: Como ya le dije, el router está bien.\n', errors: [{ messageId: 'negative', line: 1, column: 9, endColumn: 24 }] },
    { code: 'Agente: Lo siento, no es mi departamento.\n', errors: [{ messageId: 'negative', line: 1, column: 20, endColumn: 41 }] },
  ]),
});
