"""A bound executor's backward(out_grads) copies each head gradient it needs into its own array: the profiler shows one CopyCPU2CPU row per such head (none for a loss head, none for an inference forward)."""
# recorded on AVX2
import mxnet as mx
from _profiler_rows import run

A = mx.sym.Variable('A')
plain = mx.sym.relu(A * 2, name='r')
loss = mx.sym.MakeLoss(mx.sym.sum(A * 2))
both = mx.sym.Group([mx.sym.relu(A, name='r1'), mx.sym.sigmoid(A, name='s1')])
mixed = mx.sym.Group([mx.sym.relu(A, name='r2'), mx.sym.MakeLoss(mx.sym.sum(A), name='l2')])
executors = {name: sym.simple_bind(mx.cpu(), 'write', A=(2, 2))
             for name, sym in [('plain', plain), ('loss', loss), ('both', both), ('mixed', mixed)]}
g = mx.nd.ones((2, 2))
mx.nd.waitall()


def step(name, grads, train=True):
    def go():
        ex = executors[name]
        ex.forward(is_train=train)
        if train:
            ex.backward(grads)
    return go


run("plain backward(g)", step('plain', g))
run("plain backward([g])", step('plain', [g]))
run("loss backward()", step('loss', None))
run("two heads", step('both', [g, g]))
run("relu head and loss head", step('mixed', [g, mx.nd.ones((1,))]))
run("inference forward", step('plain', None, train=False))
