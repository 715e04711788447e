"""A reshaped executor keeps the monitor callback set on the executor it came from (forward and backward, monitor_all too), but a reshape of that reshaped executor does not, as MXNet rebinds only a callback set on itself."""
# recorded on AVX2
import mxnet as mx

S, nd = mx.sym, mx.nd
y = S.relu(S.var("a") * 2, name="r")
for monitor_all in (False, True):
    for req in ("null", "write"):
        ex = y.simple_bind(mx.cpu(), a=(4,), grad_req=req)
        ex.set_monitor_callback(lambda name, arr: print("  cb", name), monitor_all=monitor_all)
        print("reshaped", monitor_all, req)
        ex2 = ex.reshape(a=(2,))
        ex2.forward(is_train=req == "write", a=nd.array([1, -1]))
        if req == "write":
            ex2.backward(nd.ones(2))
        print("reshaped twice")
        ex2.reshape(a=(1,)).forward()
        print("reshaped again from the first")
        ex.reshape(a=(3,)).forward()
