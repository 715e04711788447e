"""mx.np.rot90 reads axes as MXNet's parser does: a number or None is a plane of the wrong length (refused at its check's line), anything but integers refused naming the operator's attributes."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
def words(e):
    t = str(e); cut = t.find('] ../')
    return repr(t if cut < 0 else t[:t.find('[', 0, cut)] + t[cut + 2:])
A = np.arange(6).reshape(2, 3)
for axes in [2, -1, None, [3], (0, 1, 2), (), (0, 0), (0, 5), (1, 0), [0, 1], (-1, -2), 'ab', (0.5, 1), (True, False)]:
    for k in [1, 2]:
        try: print(axes, k, np.rot90(A, k=k, axes=axes).shape)
        except Exception as e: print(axes, k, type(e).__name__, words(e))
