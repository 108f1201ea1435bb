import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('no-slang', {
  valid: es.valid([
    { code: 'Agente: Buenas tardes, ¿en qué puedo ayudarle?\n', name: '"buenas tardes" es un saludo correcto' },
    { code: 'Agente: Mi tío también tiene este modelo y le va bien.\n', name: '"tío" como pariente' },
    { code: 'Agente: Su tarifa incluye 2 TB de almacenamiento.\n' },
    { code: 'Agente: De acuerdo, reinicie el router, por favor.\n' },
    { code: 'Cliente: Guay, tío, ya funciona.\nAgente: Me alegro mucho.\n', name: 'lo que dice el cliente no se revisa' },
    { code: '---\ncase: CASE-7\nstatus: open\nopened: 2026-11-20\n---\n## Síntoma\nEl cliente dice que es una chapuza guay.\n\n## Resumen para el cliente\nHemos cambiado la configuración del router.\n', kind: 'ticket', name: 'en la nota solo se revisa el resumen para el cliente' },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Vale, porfa, reinicie el router.\n',
      errors: [{ messageId: 'informal', line: 1, column: 15, endColumn: 20 }],
      output: 'Agente: Vale, por favor, reinicie el router.\n',
    },
    {
      code: 'Agente: Guay, ya funciona.\n',
      locale: 'es',
      errors: [{ messageId: 'informal', line: 1, column: 9, message: '«Guay» es demasiado informal para un cliente: diga «estupendo».' }],
      output: 'Agente: Estupendo, ya funciona.\n',
    },
    {
      code: 'Agente: Buenas, ¿en qué puedo ayudarle?\n',
      errors: [{ messageId: 'informalHint', line: 1, column: 9, endColumn: 15, message: '"Buenas" is too casual for a customer: salude con «buenos días» o «buenas tardes».' }],
    },
    { code: 'Agente: Gracias, tío.\n', errors: [{ messageId: 'slang', line: 1, column: 18, endColumn: 21 }] },
  ]),
});
