"""Where MXNet locates checks that stand at several places: Deconvolution's stride/dilate size checks in its own file, norm's negative axis in the reduction header, swapaxes' second axis at its own line, and pad's short pad_width at the tuple's const index check."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
def words(e):
    t = str(e); cut = t.find('] ../')
    return repr(t if cut < 0 else t[:t.find('[', 0, cut)] + t[cut + 2:])
X = nd.ones((1, 1, 2, 2)); W = nd.ones((1, 1, 2, 2))
cases = [('deconv stride', lambda: nd.Deconvolution(X, W, kernel=(2, 2), num_filter=1, no_bias=True, stride=(0, 1))),
         ('deconv dilate', lambda: nd.Deconvolution(X, W, kernel=(2, 2), num_filter=1, no_bias=True, dilate=(0, 1))),
         ('conv stride', lambda: nd.Convolution(X, W, kernel=(2, 2), num_filter=1, no_bias=True, stride=(0, 1))),
         ('conv dilate', lambda: nd.Convolution(X, W, kernel=(2, 2), num_filter=1, no_bias=True, dilate=(0, 1))),
         ('norm axis -3', lambda: nd.norm(nd.ones((2, 3)), axis=-3)),
         ('norm axis 2', lambda: nd.norm(nd.ones((2, 3)), axis=2)),
         ('norm axis (0,-3)', lambda: nd.norm(nd.ones((2, 3)), axis=(0, -3))),
         ('sum axis -3', lambda: nd.sum(nd.ones((2, 3)), axis=-3)),
         ('swap dim1 -3', lambda: nd.swapaxes(nd.ones((2, 3)), dim1=-3)),
         ('swap dim2 -3', lambda: nd.swapaxes(nd.ones((2, 3)), dim2=-3)),
         ('swap dim1 5', lambda: nd.swapaxes(nd.ones((2, 3)), dim1=5)),
         ('swap dim2 5', lambda: nd.swapaxes(nd.ones((2, 3)), dim2=5)),
         ('pad ()', lambda: nd.pad(X, mode='constant', pad_width=())),
         ('pad short', lambda: nd.pad(X, mode='constant', pad_width=(0, 0))),
         ('pad long', lambda: nd.pad(X, mode='constant', pad_width=(0,) * 10)),
         ('pad odd', lambda: nd.pad(X, mode='constant', pad_width=(0,) * 7))]
for label, call in cases:
    try: print(label, call().shape)
    except Exception as e: print(label, type(e).__name__, words(e))
