import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const es = inLanguage('es');

runRuleTests('transfer-consent', {
  valid: es.valid([
    { code: 'Agente: Nuestro equipo de facturación puede cambiar esto. ¿Le paso con ellos? Les explicaré su caso para que no tenga que repetirlo.\n[transferir facturación]\n' },
    {
      code: 'Agente: El área de ventas se encarga de las altas nuevas.\nAgente: ¿Le parece bien que le transfiera? Les paso sus datos, así no tendrá que repetir nada.\n[transferir ventas]\n',
      name: 'explicación y consentimiento en dos turnos',
    },
    {
      code: 'Agente: Un compañero de segundo nivel tiene acceso a la configuración avanzada. ¿Le puedo transferir con él? Le pondré al tanto de todo.\n[transferir]\n',
    },
    {
      code: '- Si el problema es de facturación:\n  Agente: Facturación puede revisarlo porque tiene acceso a sus pagos. ¿Le transfiero? Les explicaré su caso.\n  [transferir facturación]\n',
      name: 'dentro de una rama',
    },
  ]),
  invalid: es.invalid([
    {
      code: 'Agente: Le transfiero a facturación.\n[transferir facturación]\n',
      errors: [
        { messageId: 'explanation', line: 2, column: 1, endColumn: 25 },
        { messageId: 'consent', line: 2, column: 1 },
        { messageId: 'warm', line: 2, column: 1, severity: 'info' },
      ],
      name: 'anunciar la transferencia no es pedir permiso',
    },
    {
      code: 'Agente: El área de ventas se encarga de las altas. ¿Le parece bien que le transfiera?\n[transferir ventas]\n',
      errors: [{ messageId: 'warm', line: 2, column: 1, severity: 'info' }],
    },
    {
      code: 'Agente: ¿Le puedo transferir con un compañero?\n[transferir]\n',
      locale: 'es',
      errors: [
        { messageId: 'explanation', line: 2, column: 1, message: 'Antes de transferir, explique con quién hablará el cliente y por qué («Nuestro equipo de facturación puede cambiarlo»).' },
        { messageId: 'warm', line: 2, column: 1 },
      ],
    },
  ]),
});
