import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('no-minimizing', {
  valid: es.valid([
    { code: 'Agente: ¿Está usted solo en casa ahora mismo?\n', name: '"solo" como "sin compañía"' },
    { code: 'Agente: El router se reinicia solo cada noche.\n', name: '"solo" como "por sí mismo"' },
    { code: 'Agente: Solo quería confirmar su dirección.\n', name: '"solo" sin instrucción' },
    { code: 'Agente: Solo un momento, por favor.\n' },
    { code: 'Agente: No es fácil, lo entiendo perfectamente.\n', name: 'reconocer la dificultad' },
    { code: 'Agente: Es fácil que el cambio tarde unos minutos en aplicarse.\n', name: '"es fácil que" significa "es probable"' },
    { code: 'Agente: Reinicie el router, por favor.\n' },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Solo reinicie el router.\n',
      errors: [{ messageId: 'word', line: 1, column: 9, endColumn: 13 }],
      output: 'Agente: Reinicie el router.\n',
    },
    {
      code: 'Agente: Usted solo tiene que pulsar el botón.\n',
      errors: [{ messageId: 'word', line: 1, column: 15, endColumn: 19 }],
      output: 'Agente: Usted tiene que pulsar el botón.\n',
    },
    {
      code: 'Agente: Es muy fácil, ya verá.\n',
      errors: [{ messageId: 'phrase', line: 1, column: 9, endColumn: 21 }],
    },
    {
      code: 'Agente: Obviamente el cable estaba suelto.\n',
      locale: 'es',
      errors: [{ messageId: 'word', line: 1, column: 9, message: '«Obviamente» hace que el problema del cliente parezca trivial: quítelo.' }],
      output: 'Agente: El cable estaba suelto.\n',
    },
    {
      code: 'Agente: Lo único que tiene que hacer es reiniciarlo.\n',
      errors: [{ messageId: 'phrase', line: 1, column: 9, endColumn: 37 }],
    },
  ]),
});
