import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('verify-and-recap', {
  valid: es.valid([
    {
      code: '## Cierre\nAgente: ¿Puede imprimir ahora una página de prueba?\nAgente: En resumen, hemos vuelto a poner la impresora en línea.\nAgente: ¿Hay algo más en lo que pueda ayudarle?\n[fin]\n',
    },
    { code: '## Cierre\nAgente: ¿Le funciona ya?\nAgente: Hemos cambiado la contraseña.\nAgente: ¿Alguna otra consulta?\n[fin]\n', name: 'formas breves' },
    {
      code: '## Comprobar la solución\nAgente: ¿Puede probar ahora si navega?\n\n## Despedida\nAgente: Recapitulando: reiniciamos el router y actualizamos el firmware.\nAgente: ¿Necesita algo más?\n[fin]\n',
      name: 'dos secciones de cierre seguidas',
    },
    { code: '## Transferencia\nAgente: Le paso con facturación.\n[transferir facturación]\n', name: 'una llamada que termina en transferencia no se comprueba' },
  ]),
  invalid: es.invalid([
    {
      code: '## Cierre\nAgente: Muy bien. Que tenga un buen día.\n[fin]\n',
      errors: [
        { messageId: 'verify', line: 1, column: 1, endColumn: 10 },
        { messageId: 'recap', line: 1, column: 1 },
        { messageId: 'offer', line: 1, column: 1 },
      ],
    },
    {
      code: '## Cierre\nAgente: Hemos reiniciado el router. Gracias por llamar.\n[fin]\n',
      locale: 'es',
      errors: [
        { messageId: 'verify', line: 1, column: 1, message: 'El cierre no comprueba que la solución funciona: pida al cliente que lo pruebe («¿Puede imprimir ahora una página de prueba?»).' },
        { messageId: 'offer', line: 1, column: 1, message: 'El cierre no ofrece más ayuda: pregunte «¿Hay algo más en lo que pueda ayudarle?».' },
      ],
    },
  ]),
});
