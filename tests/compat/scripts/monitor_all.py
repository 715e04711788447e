import mxnet as mx
import numpy as np
x = mx.sym.var("data")
y = mx.sym.FullyConnected(x, num_hidden=2, name="fc")
z = mx.sym.square(mx.sym.Activation(y, act_type="relu", name="act") * 2, name="sq")
ex = z.simple_bind(mx.cpu(), data=(1, 3))
for v in ex.arg_dict.values():
    v[:] = 0.25
seen = []
ex.set_monitor_callback(lambda name, arr: seen.append(name), monitor_all=True)
ex.forward()
print(seen)
mon = mx.mon.Monitor(1, pattern=".*", monitor_all=True)
mon.install(ex)
mon.tic()
ex.forward()
for r in mon.toc():
    print(r)
