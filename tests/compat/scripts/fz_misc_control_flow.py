"""nd.contrib control-flow corners: empty data, empty lists, unchecked while_loop vars, NDArray max_iterations."""
import mxnet as mx
import numpy as np
nd = mx.nd


def show(label, fn):
    try:
        out = fn()
    except Exception as e:      # noqa: BLE001  (the class is what is compared)
        print(label, "->", type(e).__name__)
        return
    print(label, "->", out)


show("foreach zero steps", lambda: nd.contrib.foreach(lambda x, s: (x, s), nd.array(np.zeros((0, 2))), [nd.ones((2,))]))
show("foreach empty list", lambda: nd.contrib.foreach(lambda x, s: (x, s), [], [nd.ones((2,))]))
show("while non-array var", lambda: nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, 3), [nd.zeros((1,))],
                                                          max_iterations=1)[1])
show("while tuple vars untouched", lambda: type(nd.contrib.while_loop(
    lambda i, s: i < 0, lambda i, s: (s, (i + 1, s)), (nd.zeros((1,)), nd.ones((2,))), max_iterations=3)[1]).__name__)
show("while array max_iterations", lambda: nd.contrib.while_loop(
    lambda i: i < 2, lambda i: (i, i + 1), nd.zeros((1,)), max_iterations=nd.array([4]))[0][:2])
show("while str max_iterations", lambda: nd.contrib.while_loop(lambda i: i < 2, lambda i: (i, i + 1), nd.zeros((1,)),
                                                               max_iterations="x"))
show("while no vars", lambda: nd.contrib.while_loop(lambda: True, lambda: ([], []), [], max_iterations=3))
show("while empty array var", lambda: nd.contrib.while_loop(lambda i: i.sum() < 2, lambda i: (i, i + 1),
                                                            nd.array(np.zeros((0,))), max_iterations=3))
show("while wrong var count", lambda: nd.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (s, [i + 1]),
                                                            [nd.zeros((1,)), nd.ones((2,))], max_iterations=3))
show("while bad output", lambda: nd.contrib.while_loop(lambda i: i < 2, lambda i: (3, [i + 1]), [nd.zeros((1,))],
                                                       max_iterations=2))
