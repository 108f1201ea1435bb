import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('no-blame', {
  valid: es.valid([
    { code: 'Agente: El técnico anterior restableció la contraseña.\n', name: 'un hecho neutro sobre un compañero' },
    { code: 'Agente: Nuestra aplicación tuvo una avería el lunes; ya está solucionada.\n' },
    { code: 'Agente: Mi compañero de facturación le llamará mañana.\n' },
    { code: 'Cliente: ¡El técnico anterior es un inútil!\nAgente: Siento mucho las molestias; vamos a revisarlo.\n', name: 'las palabras del cliente no se revisan' },
    { code: '---\ncase: CASE-9\nstatus: open\nopened: 2026-11-20\n---\n## Pasos realizados\nEl técnico anterior cambió el router, pero la avería sigue.\n', kind: 'ticket' },
  ]),
  invalid: es.invalid([
    { code: 'Agente: El técnico anterior es un inútil.\n', errors: [{ messageId: 'blame', line: 1, column: 9, endColumn: 41 }] },
    {
      code: 'Agente: Los de facturación no tienen ni idea.\n',
      locale: 'es',
      errors: [{ messageId: 'blame', line: 1, column: 9, message: '«Los de facturación no tienen ni idea» habla mal de un compañero, un equipo o un producto: cuente qué pasó y qué se hizo, sin juzgar.' }],
    },
    { code: 'Agente: Nuestro sistema nunca funciona.\n', errors: [{ messageId: 'blame', line: 1, column: 9, endColumn: 39 }] },
    { code: '[El técnico anterior lo estropeó.]\nAgente: Vamos a revisarlo.\n', errors: [{ messageId: 'blame', line: 1, column: 2, endColumn: 33 }], name: 'también en las notas de escena' },
  ]),
});
