"""Joining no arrays (concatenate, stack, vstack, hstack, dstack, column_stack) fails in MXNet's parser words, naming the operator and its attributes."""
# recorded on AVX2
import mxnet as mx

np = mx.np
mx.npx.set_np()
calls = [("concatenate", lambda: np.concatenate([])), ("concatenate axis=1", lambda: np.concatenate([], axis=1)),
         ("concatenate axis=None", lambda: np.concatenate((), axis=None)), ("stack", lambda: np.stack([])),
         ("stack axis=-1", lambda: np.stack([], axis=-1)), ("stack out", lambda: np.stack([], out=np.zeros(2))),
         ("vstack", lambda: np.vstack([])), ("row_stack", lambda: np.row_stack([])), ("hstack", lambda: np.hstack([])),
         ("dstack", lambda: np.dstack([])), ("column_stack", lambda: np.column_stack([]))]
for name, call in calls:
    try:
        print(name, call())
    except mx.base.MXNetError as e:
        print(name, repr(str(e)))
