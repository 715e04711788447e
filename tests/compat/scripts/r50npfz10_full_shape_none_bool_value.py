"""np.full hands a bool fill value on as its int with type bool (unless a dtype is given), so its refusals list dtype="bool", value="1"; without a shape (nor out=) its shape inference fails, listing the value as its text, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for args, kw in [((None, 2), {}), ((None, 2), {'dtype': 'int32'}), ((None, True), {}), ((None, 2.5), {'ctx': mx.cpu(1)}), ((None, 2), {'out': np.zeros(3)}), ((None, np.array(2.)), {}), (((-1,), 2), {}), (((-1,), 2.5), {}), ((None, '3'), {}), ((None, -0.0), {}), ((None, 1e20), {}),
                 ((2.5, True), {}), (((2, 'a'), True), {}), ((None, True), {'dtype': 'int32'})]:
    try:
        print(np.full(*args, **kw))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
for args, kw in [(((-1,), '3'), {}), (((2, -1), ' 4'), {}), (((-1,), 2), {'dtype': 'int8'}), ((2, True), {}), ((2, False), {'dtype': 'float16'}), (((), True), {})]:
    try:
        print(np.full(*args, **kw))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
