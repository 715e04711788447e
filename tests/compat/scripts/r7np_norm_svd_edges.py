"""np.linalg.norm's singular-value norms (2, -2, 'nuc') of empty matrices are 0 and of a matrix holding NaN are
NaN, as MXNet's kernel gives them."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
nan = float("nan")
for ord in [2, -2, "nuc"]:
    for label, data in [("empty", np.zeros((0, 0))), ("stack of empty", np.zeros((2, 0, 0))),
                        ("nan", np.array([[nan, 1.], [1., 2.]]))]:
        r = np.linalg.norm(data, ord)
        print(ord, label, r.shape, r.reshape(-1).tolist())
