import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('no-jargon', {
  valid: es.valid([
    { code: 'Agente: Reinicie el router y espere dos minutos.\n', name: '"router" es una palabra que todos conocen' },
    { code: 'Agente: Le enviaré un SMS con el PIN.\n', name: 'siglas de uso común' },
    { code: 'Agente: ¿Me facilita su DNI, por favor?\n' },
    { code: 'Agente: Vamos a revisar el Sistema de Nombres de Dominio (DNS) y luego el DNS secundario.\n', name: 'sigla explicada antes' },
    { code: 'Agente: Su Mac se conecta bien al wifi.\n', name: 'un Mac no es una dirección MAC' },
    { code: '## Diagnóstico\n[Revisar el DNS y la máscara de subred en el panel.]\nAgente: Vamos a comprobar la conexión.\n', name: 'las notas para el agente no se leen al cliente' },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Vamos a cambiar el servidor DNS de su router.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 28, endColumn: 40 }],
      output: 'Agente: Vamos a cambiar el servicio que encuentra las páginas web por su nombre de su router.\n',
    },
    {
      code: 'Agente: Su dirección IP ha cambiado.\n',
      locale: 'es',
      errors: [{ messageId: 'jargon', line: 1, column: 12, message: '«dirección IP» es jerga técnica: diga «dirección de red».' }],
      output: 'Agente: Su dirección de red ha cambiado.\n',
    },
    {
      code: 'Agente: Actualice el firmware y borre la caché.\n',
      errors: [
        { messageId: 'jargon', line: 1, column: 22, endColumn: 30 },
        { messageId: 'jargon', line: 1, column: 42, endColumn: 47 },
      ],
      output: 'Agente: Actualice el software interno del aparato y borre la memoria temporal.\n',
    },
    { code: 'Agente: Tiene activado el XYZ.\n', errors: [{ messageId: 'acronym', line: 1, column: 27, endColumn: 30 }] },
  ]),
});
