"""example/profiler: profiler_executor / profiler_ndarray style runs, and Domain/Task/Frame/Counter/Marker objects."""
import json, os, tempfile
import numpy as np
import mxnet as mx

mx.random.seed(1)
tmp = tempfile.mkdtemp()
fname = os.path.join(tmp, 'exec.json')
mx.profiler.set_config(profile_symbolic=True, profile_imperative=False, profile_memory=False, profile_api=False,
                       filename=fname, aggregate_stats=True)
data = mx.sym.Variable('data')
net = mx.sym.FullyConnected(mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=8, name='fc1'), act_type='relu',
                                              name='relu1'), num_hidden=2, name='fc2')
ex = net.simple_bind(mx.cpu(), data=(4, 5), grad_req='write')
for k, v in ex.arg_dict.items():
    v[:] = mx.nd.ones(v.shape) * 0.1
mx.profiler.set_state('run')
for _ in range(2):
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((4, 2)))
mx.nd.waitall()
mx.profiler.set_state('stop')
mx.profiler.dump()
with open(fname) as f:
    ev = json.load(f)['traceEvents']
print(sorted({e['name'] for e in ev if e.get('ph') in ('B', 'E', 'X') and 'Activation' in e['name'] or 'FullyConnected' in e['name']}))
print(np.round(ex.grad_dict['fc1_weight'].asnumpy()[0], 4))
dom = mx.profiler.Domain('MyDomain')
print(dom, dom.name)
task = dom.new_task('task1'); frame = dom.new_frame('frame1'); counter = dom.new_counter('cnt', 5)
marker = dom.new_marker('mark')
print(task, frame, counter, marker.name)
try:
    mx.profiler.set_config(profile_all=True, aggregate_stats=True, filename=fname)
except mx.base.MXNetError as e:
    print('MXNetError', 'auto_remove_' in str(e))
mx.profiler.set_config(profile_all=True, aggregate_stats=True, filename=fname, continuous_dump=False)
mx.profiler.set_state('run')
task.start(); frame.start()
counter += 3; counter.increment(2); counter.decrement(1); counter.set_value(11)
marker.mark('process')
a = mx.nd.ones((3, 3)); b = mx.nd.dot(a, a); b.wait_to_read()
frame.stop(); task.stop()
mx.profiler.set_state('stop')
mx.profiler.pause(); mx.profiler.resume()
out = mx.profiler.dumps(reset=True, format='json')
js = json.loads(out)
print(sorted(js.keys()), sorted(k for k in js['Time'] if k.startswith('MyDomain')), sorted(js['Time']['MyDomain']))
print(mx.profiler.dumps(format='table', sort_by='count', ascending=True).count('\n') >= 0)
try:
    mx.profiler.dumps(format='xml')
except Exception as e:
    print(type(e).__name__, str(e)[:80])
