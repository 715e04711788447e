"""What backward writes into the gradient buffers of ops' constant inputs (indices, like-shapes, lengths, masks), and of repeat's input when nothing is repeated, under 'write' and 'add' requests."""
import mxnet as mx


def run(name, f, make):
    for req in ("write", "add"):
        args = make()
        for a in args:
            a.attach_grad(grad_req=req)
            a.grad[:] = 0.5
        with mx.autograd.record():
            y = f(*args)
        y.backward()
        row = []
        for a in args:
            try:
                row.append(a.grad.asnumpy().ravel().tolist())
            except mx.base.MXNetError as e:
                row.append("MXNetError: " + [line for line in str(e).split("\n") if line.strip()][-1][:70])
        print(name, req, row)


def x():
    return mx.nd.array([[1., 2.], [3., 4.]])


run("take", lambda a, i: mx.nd.take(a, i), lambda: [x(), mx.nd.array([0, 1])])
run("take axis=1 wrap", lambda a, i: mx.nd.take(a, i, axis=1, mode="wrap"), lambda: [x(), mx.nd.array([[3, -1]])])
run("pick", lambda a, i: mx.nd.pick(a, i), lambda: [x(), mx.nd.array([0, 1])])
run("pick axis=0 keepdims", lambda a, i: mx.nd.pick(a, i, axis=0, keepdims=True), lambda: [x(), mx.nd.array([1, 0])])
run("gather_nd", lambda a, i: mx.nd.gather_nd(a, i), lambda: [x(), mx.nd.array([[0, 1], [1, 0]])])
run("scatter_nd", lambda a, i: mx.nd.scatter_nd(a, i, shape=(2, 2)),
    lambda: [mx.nd.array([1., 2.]), mx.nd.array([[0, 1], [1, 0]])])
run("slice_like", lambda a, b: mx.nd.slice_like(a, b), lambda: [x(), mx.nd.array([[1.]])])
run("slice_like axes", lambda a, b: mx.nd.slice_like(a, b, axes=(1,)), lambda: [x(), mx.nd.array([[1.], [2.]])])
run("broadcast_like", lambda a, b: mx.nd.broadcast_like(a, b), lambda: [mx.nd.array([[1., 2.]]), x()])
run("reshape_like", lambda a, b: mx.nd.reshape_like(a, b), lambda: [x(), mx.nd.array([1., 2., 3., 4.])])
run("SequenceMask", lambda a, l: mx.nd.SequenceMask(a, l, use_sequence_length=True),
    lambda: [x(), mx.nd.array([1, 2])])
run("SequenceLast", lambda a, l: mx.nd.SequenceLast(a, l, use_sequence_length=True),
    lambda: [x(), mx.nd.array([1, 2])])
run("where", lambda c, a, b: mx.nd.where(c, a, b), lambda: [mx.nd.array([[1., 0.], [0., 1.]]), x(), x()])
run("one_hot", lambda i: mx.nd.one_hot(i, 3), lambda: [mx.nd.array([0, 1])])
run("argmax", lambda a: mx.nd.argmax(a, axis=1), lambda: [x()])
run("x * take", lambda a, i: mx.nd.take(a * 2, i), lambda: [x(), mx.nd.array([1])])
run("repeat 0", lambda a: mx.nd.repeat(a, repeats=0), lambda: [x()])
run("repeat 0 axis=1", lambda a: mx.nd.repeat(a, repeats=0, axis=1), lambda: [x()])
run("repeat 1 axis=1", lambda a: mx.nd.repeat(a, repeats=1, axis=1), lambda: [x()])
