"""autograd.grad (create_graph or not) through a failed forward beside a healthy head: the gradient carries the error, raised once; waitall is clean after."""
import mxnet as mx
from mxnet import nd, autograd


def short(e):
    return type(e).__name__ + ': ' + str(e).strip().split('\n')[-1][-100:]


for cg in [False, True]:
    for how in ['head', 'middle', 'alone']:
        x = nd.array([1., 2., 3.])
        x.attach_grad()
        with autograd.record():
            bad = nd.random.uniform(low=2, high=1, shape=(3,))
            y = x * bad if how != 'middle' else (x * bad).sin() * 2
            y2 = x * 3
        heads = [y] if how == 'alone' else [y, y2]
        try:
            g = autograd.grad(heads, [x], create_graph=cg, retain_graph=True)
            print(cg, how, 'grad returned', len(g))
            try:
                print('  read', g[0].asnumpy().tolist())
            except Exception as e:      # noqa: BLE001
                print('  read', short(e))
        except Exception as e:      # noqa: BLE001
            print(cg, how, short(e))
        try:
            mx.nd.waitall()
            print('  waitall clean')
        except Exception as e:      # noqa: BLE001
            print('  waitall', short(e))
