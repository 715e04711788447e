"""Every registered optimizer's attributes (vars) after creation and after a pickle round trip, its refusal of unknown keywords, and a few constructor and base-class behaviours."""
# recorded on AVX2
import mxnet as mx
import pickle
import warnings
warnings.simplefilter("ignore")
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, 'raises', type(e).__name__, str(e).splitlines()[0][:200] if str(e) else '')
names = sorted(mx.optimizer.Optimizer.opt_registry)
show('registry', lambda: names)
for n in names:
    try:
        o = mx.optimizer.create(n)
    except Exception as e:
        print(n, 'create raises', type(e).__name__, str(e)[:100]); continue
    show(n + ' vars', lambda: sorted((k, repr(v)[:40]) for k, v in vars(o).items() if k not in ('param_dict',)))
    show(n + ' pickle', lambda: sorted(vars(pickle.loads(pickle.dumps(o))).keys()) == sorted(vars(o).keys()))
    show(n + ' bad kw', lambda: mx.optimizer.create(n, foo=1))
    show(n + ' lr', lambda: (o.learning_rate, o.lr))
    import numpy as np
    show(n + ' state 0d', lambda: o.create_state(0, mx.nd.ones((1,))))
show('unknown', lambda: mx.optimizer.create('nope'))
show('base update', lambda: mx.optimizer.Optimizer().update(0, mx.nd.ones((1,)), mx.nd.ones((1,)), None))
show('base create_state', lambda: mx.optimizer.Optimizer().create_state(0, mx.nd.ones((1,))))
show('base mp', lambda: mx.optimizer.Optimizer(multi_precision=True).create_state_multi_precision(0, mx.nd.ones((1,), dtype='float16')))
show('sgd pos', lambda: vars(mx.optimizer.SGD(0.9)).get('momentum'))
show('adam pos', lambda: mx.optimizer.Adam(0.1, 0.8).beta1)
show('rescale list', lambda: mx.optimizer.SGD(rescale_grad=[1]).rescale_grad)
show('sched+lr', lambda: mx.optimizer.SGD(learning_rate=0.5, lr_scheduler=mx.lr_scheduler.FactorScheduler(2)).lr_scheduler.base_lr)
show('Updater dict', lambda: mx.optimizer.get_updater(mx.optimizer.SGD()).__dict__.keys())
