package app.obzvon.common;

/**
 * One open transaction, as {@link Transactions} hands it to the work it runs. Opaque here: every
 * repository method takes it first and runs its statements in it, so what a step does is stored
 * together or not at all, whatever connection the engine gave the step. Used after its work
 * returned, it is refused.
 */
public interface Tx {
}
