"""autograd.grad of mx.np functions of 0-d (and 1-d) float16, float32 and float64 arrays: the gradients keep
the variable's dtype (np.where's branches and a division's divisor included: numpy's promotion of 0-d operands
would widen them to float64), with their values."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, np, npx
from _words import words
npx.set_np()

c0 = np.array(1.5)
ci = np.array(2, dtype='int32')
cb = np.array(True)
FUNCS = {
    'where_tt': lambda t: np.where(t > 0, t, t), 'where_scaled': lambda t: np.where(t > 0, t, 0.1 * t),
    'where_number': lambda t: np.where(t > 0, t, 0.5), 'where_number_l': lambda t: np.where(t > 0, 0.5, t),
    'where_const': lambda t: np.where(t > 0, t, t * 0 + c0.astype(t.dtype)),
    'div_int': lambda t: np.true_divide(t, ci), 'div_self': lambda t: t / (t * t + 1), 'rdiv': lambda t: 1 / t,
    'div_number': lambda t: t / 3, 'mod': lambda t: np.mod(t, t * 0 + 1.5),
    'sign_chain': lambda t: t * (t == t) + np.sign(t), 'cbrt': np.cbrt, 'hypot': lambda t: np.hypot(t, t * 2),
    'arctan2': lambda t: np.arctan2(t, t + 1), 'add_bool': lambda t: t + cb, 'sub_int': lambda t: t - ci,
    'softrelu': lambda t: npx.activation(t, act_type='softrelu'), 'sigmoid': npx.sigmoid, 'clip': lambda t: np.clip(t, 0, 0.5),
}
for name, f in FUNCS.items():
    for dtype in ('float16', 'float32', 'float64'):
        for shape in ((), (2,)):
            x = (np.ones(shape) * 0.7).astype(dtype)
            x.attach_grad()
            try:
                with autograd.record():
                    y = f(x)
                    g = autograd.grad(y, [x])[0]
                print(f'{name:15s} {dtype} {str(shape):4s} {y.dtype} {g.dtype.__name__}', g.asnumpy().tolist())
            except Exception as e:  # noqa
                print(f'{name:15s} {dtype} {str(shape):4s}', words(e))
