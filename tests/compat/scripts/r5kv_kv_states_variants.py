# Optimizer states saved by a kvstore and loaded into a store whose optimizer expects other states: MXNet's
# updater fails (the store reports and drops the error) and the weights keep their values; matching ones go on.
import os
import tempfile
import mxnet as mx

tmp = tempfile.mkdtemp()
for c1, c2 in [(True, False), (False, True), (True, True), (False, False)]:
    kv = mx.kv.create('local')
    kv.set_optimizer(mx.optimizer.RMSProp(learning_rate=0.1, centered=c1))
    kv.init(0, mx.nd.array([1., 2., 3.]))
    kv.push(0, mx.nd.array([0.1, -0.2, 0.3]))
    fname = os.path.join(tmp, 'states')
    kv.save_optimizer_states(fname)
    kv2 = mx.kv.create('device')
    kv2.set_optimizer(mx.optimizer.RMSProp(learning_rate=0.1, centered=c2))
    kv2.init(0, mx.nd.array([1., 2., 3.]))
    kv2.load_optimizer_states(fname)
    kv2.push(0, mx.nd.array([0.1, -0.2, 0.3]))
    out = mx.nd.zeros((3,))
    kv2.pull(0, out=out)
    print(c1, c2, out.asnumpy().tolist())
    opt = mx.optimizer.RMSProp(learning_rate=0.1, centered=c2)
    upd = mx.optimizer.get_updater(opt)
    upd.set_states(open(fname, 'rb').read())
    w = mx.nd.ones((3,))
    try:
        upd(0, mx.nd.array([0.1, -0.2, 0.3]), w)
        print(w.asnumpy().tolist(), opt.num_update)
    except Exception as e:
        print(type(e).__name__, opt.num_update)
