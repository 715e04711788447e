import os
import tempfile
import mxnet as mx
from mxnet import nd

TMP = tempfile.mkdtemp()

mx.profiler.set_config(profile_all=True, filename=os.path.join(TMP, "profile.json"), aggregate_stats=True)
print(mx.profiler.get_config() if hasattr(mx.profiler, "get_config") else "no get_config")
mx.profiler.set_state("run")
a = nd.ones((3, 3))
b = nd.dot(a, a)
mx.profiler.set_state("stop")
print(b.sum().asscalar())
d = mx.profiler.Domain("mydomain")
print(d, d.name)
t = mx.profiler.Task(d, "task1")
print(t.name)
c = mx.profiler.Counter(d, "counter1", 5)
c += 2
c -= 1
print(c.name)
m = mx.profiler.Marker(d, "marker1")
print(m.name)
mx.profiler.pause()
mx.profiler.resume()

data = mx.sym.var("data")
fc = mx.sym.FullyConnected(data, num_hidden=2, name="fc")
out = mx.sym.Activation(fc, act_type="relu", name="act")
ex = out.simple_bind(mx.cpu(), data=(1, 3))
for k, v in ex.arg_dict.items():
    v[:] = 0.5
mon = mx.mon.Monitor(1, pattern=".*")
mon.install(ex)
mon.tic()
ex.forward()
for step, name, value in mon.toc():
    print(step, name, value.strip())
mon2 = mx.monitor.Monitor(1, stat_func=lambda x: x.max(), pattern="fc.*", sort=True)
mon2.install(ex)
mon2.tic()
ex.forward()
for step, name, value in mon2.toc():
    print(step, name, value.strip())

import shutil
shutil.rmtree(TMP)
