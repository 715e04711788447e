"""An executor's backward after an inference forward whose result failed (a global Pooling over 5 axes with a 2-D kernel) still refuses a missing head gradient first, as after a forward that worked."""
import mxnet as mx


def last_line(error):
    return [line for line in str(error).split("\n") if line.strip()][-1]


for shape in [(4, 4, 2, 1, 2), (4, 4, 2, 2)]:
    for train in [False, True]:
        pooled = mx.sym.Pooling(mx.sym.var("data"), kernel=(2, 2), pool_type="avg", global_pool=True)
        executor = pooled.simple_bind(mx.cpu(), data=shape)
        executor.forward(is_train=train)
        for head in [None, mx.nd.ones((4, 4, 1, 1, 1)[:len(shape)])]:
            try:
                executor.backward(head)
                print(shape, train, head is None, "backward ran")
            except mx.base.MXNetError as e:
                print(shape, train, head is None, last_line(e))
        for label, array in [("output", executor.outputs[0]), ("gradient", executor.grad_dict["data"])]:
            try:
                print(label, array.sum().asscalar())
            except mx.base.MXNetError as e:
                print(label, last_line(e))
