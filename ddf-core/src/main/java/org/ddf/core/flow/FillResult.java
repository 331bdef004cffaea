package org.ddf.core.flow;

/**
 * Data after {@link MissingValues} filled its NaN cells, with how many cells each rule filled.
 *
 * @param value the filled data
 * @param byColumnMean cells set to their column's mean
 * @param byRowMean cells set to their row's mean (their whole column was empty)
 * @param withZero cells set to 0 (column and row both empty)
 * @param <T> the kind of data
 */
public record FillResult<T>(T value, int byColumnMean, int byRowMean, int withZero) {

    /** All cells filled. */
    public int total() {
        return byColumnMean + byRowMean + withZero;
    }
}
