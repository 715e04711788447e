"""csr sum/mean/norm along an axis and row_sparse _square_sum and add_n sum as MXNet's sparse kernels do, bit for bit."""
import mxnet as mx
import numpy as np

nd = mx.nd


def R(seed, shape, dt, special):
    rng = np.random.RandomState(seed)
    a = rng.uniform(-2, 2, shape) * (rng.uniform(size=shape) < 0.4)
    if special:
        a.reshape(-1)[rng.choice(a.size, 3, replace=False)] = [np.nan, np.inf, -0.0]
    else:
        a = np.round(a, 3)          # (rounding leaves -0.0 among the stored zeros of a row_sparse array)
    return nd.array(a, dtype=dt)


def show(label, r):
    print(label, r.stype, [repr(v) for v in r.asnumpy().ravel().tolist()])


for seed in range(4):
    for shape in [(5, 7), (8, 8), (3, 16)]:
        for dt in ('float32', 'float64'):
            for special in (False, True):
                tag = f'{seed} {shape} {dt} {special}'
                a, b = R(seed, shape, dt, special), R(seed + 100, shape, dt, special)
                c, r = a.tostype('csr'), a.tostype('row_sparse')
                for ax in (0, 1):
                    show(f'sum csr axis={ax} {tag}', nd.sum(c, axis=ax))
                    show(f'mean csr axis={ax} {tag}', nd.mean(c, axis=ax))
                    show(f'norm csr axis={ax} {tag}', nd.norm(c, axis=ax))
                    show(f'_square_sum rsp axis={ax} {tag}', nd._internal._square_sum(r, axis=ax))
                show(f'_square_sum rsp keepdims {tag}', nd._internal._square_sum(r, axis=1, keepdims=True))
                show(f'add_n rsp {tag}', nd.add_n(r, b.tostype('row_sparse'), r))
