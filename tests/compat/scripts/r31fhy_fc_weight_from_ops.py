"""A FullyConnected weight computed by another op gets the weight's shape back where MXNet's rules pass it (potrf, potri, div_sqrt_dim, round_ste, sign_ste, backward_gradientmultiplier), no crash where they do not (fft, ifft), L2Normalization of data of unknown rank fails at its source line, and legacy transpose of data of unknown rank is refused as MXNet."""
# recorded on AVX2
import re
import mxnet as mx


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).splitlines()[0])[:160]


x, w = mx.sym.var('x'), mx.sym.var('w')
ops = [('linalg_potrf', mx.sym.linalg_potrf), ('linalg_potri', mx.sym.linalg_potri),
       ('div_sqrt_dim', mx.sym.contrib.div_sqrt_dim), ('round_ste', mx.sym.contrib.round_ste),
       ('sign_ste', mx.sym.contrib.sign_ste), ('backward_gradientmultiplier', mx.sym.contrib.backward_gradientmultiplier),
       ('fft', mx.sym.contrib.fft), ('ifft', mx.sym.contrib.ifft), ('shuffle', mx.sym.shuffle),
       ('logical_not', mx.sym.logical_not), ('relu', mx.sym.relu), ('L2Normalization', mx.sym.L2Normalization)]
for name, op in ops:
    for given in [dict(x=(2, 5)), dict(x=(2, 5), w=(0, 0))]:
        try:
            s = mx.sym.FullyConnected(x, op(w), num_hidden=3, no_bias=True)
            print(name, given.get('w'), s.infer_shape_partial(**given))
        except Exception as e:
            print(name, given.get('w'), type(e).__name__, words(e))

for xs in [(2, 5), (2, 5, 4)]:
    for name, f in [('transpose', lambda: mx.sym.transpose(w)), ('transpose axes', lambda: mx.sym.transpose(w, axes=(1, 0)))]:
        try:
            print(name, xs, mx.sym.elemwise_add(x, f()).infer_shape_partial(x=xs))
        except Exception as e:
            print(name, xs, type(e).__name__, words(e))
mx.npx.set_np()
nx, nw = mx.sym.var('x').as_np_ndarray(), mx.sym.var('w').as_np_ndarray()
print('np T unknown rank', mx.sym.np.dot(nx, nw.T).infer_shape_partial(x=(2, 5)))
