"""nd.contrib.foreach, while_loop and cond given mx.np arrays: the steps run, then the legacy stack refuses them; predicates and max_iterations are read with asscalar, which mx.np arrays lack."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
C = mx.nd.contrib


def show(label, fn):
    try:
        out = fn()
        print(label, type(out).__name__)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0][:160])


calls = []


def body(d, t):
    calls.append(d.shape)
    return d * t[0], [t[0] + d]


x, s = np.arange(6).reshape(3, 2) * 0.5, np.ones(2)
show('foreach', lambda: C.foreach(body, x, [s]))
print('steps run before the refusal', calls)
show('foreach 1-d data', lambda: C.foreach(lambda d, t: (d * 2, t + d), np.arange(3.0), np.array(0.0)))
show('while_loop', lambda: C.while_loop(lambda i: i < 3, lambda i: (i * 2, [i + 1]), [np.array([0.0])], max_iterations=4))
show('while_loop python condition', lambda: C.while_loop(lambda i: True, lambda i: (i * 2, [i + 1]), [np.array([0.0])],
                                                         max_iterations=2))
show('while_loop np max_iterations', lambda: C.while_loop(lambda i: True, lambda i: (i * 2, [i + 1]),
                                                          [mx.nd.array([0.0])], max_iterations=np.array(2)))
show('cond', lambda: C.cond(np.array([1.0]), lambda: x * 2, lambda: x))
show('cond python predicate', lambda: C.cond(True, lambda: x * 2, lambda: x))
