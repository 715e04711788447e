"""mx.sym.np shape inference over one-input functions (full, partial, unknown, empty, vector and 0-d data, shapes told back): undecided outputs (trace and svd of vectors) stay unknown instead of failing, 0-d data passes softmax and tril; diagonal, cholesky, eig and eigh refuse data of unknown rank."""
import warnings

import mxnet as mx

warnings.simplefilter('ignore')
mx.npx.set_np()
np, npx = mx.sym.np, mx.sym.npx
UNARY = ("abs arccos ceil copy cos exp fix floor invert isfinite isnan log logical_not negative reciprocal sign sin "
         "sqrt square tanh trunc ravel diag fliplr flipud flip squeeze transpose sort argsort cumsum sum prod max min "
         "mean std var all any argmax argmin trace tril ediff1d diff nan_to_num around").split()
NPX = "relu sigmoid erf gamma softmax log_softmax".split()
LINALG = "det inv pinv slogdet svd eigvalsh".split()


def V(name):
    return mx.sym.var(name).as_np_ndarray()


def show(tag, sym, **given):
    try:
        print(tag, sym.infer_shape_partial(**given))
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])


for space, names in ((np, UNARY), (npx, NPX), (np.linalg, LINALG)):
    for name in names:
        out = getattr(space, name)(V('b'))
        out = out[0] if isinstance(out, (list, tuple)) else out
        show(name + ' full', out, b=(2, 3, 3))
        show(name + ' partial', out, b=(-1, 3, 3))
        show(name + ' unknown', out)
        show(name + ' back', out + V('a'), a=(2, 3, 3))
        show(name + ' empty', out, b=(0, 3, 3))
        show(name + ' vector', out, b=(4,))
        show(name + ' 0-d', out, b=())
for k in (0, 1, 2):
    show(f'svd part {k} vector', np.linalg.svd(V('b'))[k], b=(4,))
show('trace of a 0-d array + a', np.trace(V('b')) + V('a'), b=(), a=(2,))
for name, make in (('diagonal', np.diagonal), ('cholesky', np.linalg.cholesky), ('eig', lambda x: np.linalg.eig(x)[1]),
                   ('eigh', lambda x: np.linalg.eigh(x)[0])):
    show(name + ' unknown rank', make(V('b')))
    show(name + ' told back', make(V('b')) + V('a'), a=(3, 3))
    show(name + ' full', make(V('b')), b=(2, 3, 3))
    show(name + ' vector', make(V('b')), b=(3,))
