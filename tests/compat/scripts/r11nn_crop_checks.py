"""Crop checks its shapes, then float32, at the call and its offsets and second input's size in its kernel (when the result or gradient is read), in MXNet's words."""
import mxnet as mx

x = mx.nd.arange(32).reshape((1, 2, 4, 4))


def show(title, f, grad=False):
    try:
        if grad:
            x.attach_grad()
            with mx.autograd.record():
                y = f()
            y.backward()
            print(title, "grad", x.grad.asnumpy().sum())
            return
        y = f()
        print(title, y.shape, y.dtype)
        print(" ", y.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        line = [l for l in str(e).splitlines() if "Check failed" in l][0]
        print(" ", title, line.split("Check failed: ")[-1].split(" (the second")[0])


for grad in (False, True):
    show("h_w (2, 2)", lambda: mx.nd.Crop(x, h_w=(2, 2), num_args=1), grad)
    show("width 0", lambda: mx.nd.Crop(x, h_w=(2, 0), num_args=1), grad)
    show("width 5", lambda: mx.nd.Crop(x, h_w=(2, 5), num_args=1), grad)
    show("both 0", lambda: mx.nd.Crop(x, h_w=(0, 0), num_args=1), grad)
    show("offset width", lambda: mx.nd.Crop(x, h_w=(2, 2), offset=(1, 3), num_args=1), grad)
    show("offset both", lambda: mx.nd.Crop(x, h_w=(2, 2), offset=(3, 3), num_args=1), grad)
    show("offset fits", lambda: mx.nd.Crop(x, h_w=(2, 3), offset=(2, 1), num_args=1), grad)
    show("negative offset", lambda: mx.nd.Crop(x, h_w=(2, 2), offset=(-1, 0), num_args=1), grad)
    show("center too big", lambda: mx.nd.Crop(x, h_w=(5, 2), center_crop=True, num_args=1), grad)
    show("center", lambda: mx.nd.Crop(x, h_w=(3, 2), center_crop=True, num_args=1), grad)
    show("like taller", lambda: mx.nd.Crop(x, mx.nd.ones((1, 1, 5, 2)), num_args=2), grad)
    show("like wider", lambda: mx.nd.Crop(x, mx.nd.ones((1, 1, 2, 5)), num_args=2), grad)
    show("like 3-D", lambda: mx.nd.Crop(x, mx.nd.ones((1, 2, 2)), num_args=2), grad)
    show("like offset", lambda: mx.nd.Crop(x, mx.nd.ones((1, 1, 2, 2)), offset=(3, 0), num_args=2), grad)
    show("like", lambda: mx.nd.Crop(x, mx.nd.ones((1, 1, 2, 3)), offset=(1, 1), num_args=2), grad)
show("5-D", lambda: mx.nd.Crop(mx.nd.ones((1, 1, 2, 4, 4)), h_w=(2, 2), num_args=1))
show("3-D int32", lambda: mx.nd.Crop(mx.nd.ones((2, 4, 4), dtype="int32"), h_w=(2, 2), num_args=1))
show("int32 too big", lambda: mx.nd.Crop(mx.nd.ones((1, 2, 4, 4), dtype="int32"), h_w=(5, 2), num_args=1))
