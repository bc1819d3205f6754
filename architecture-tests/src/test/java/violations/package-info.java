/**
 * Deliberately broken classes. The self-tests run Ronghe's architecture rules on them and expect
 * violations: a rule that passes here does not bite and would not protect the real code.
 */
package violations;
