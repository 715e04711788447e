"""Module on several contexts: the batch split by work_load_list (slices of one row too), merged and per-device outputs and input gradients, and score, predict and update_metric over the devices."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()

ctxs = [mx.cpu(0), mx.cpu(1), mx.cpu(2)]
for n, wl in [(6, None), (6, [1, 2, 3]), (7, None), (5, [2, 1, 1]), (3, None), (2, None), (6, [0, 1, 1]), (6, [1.5, 0.5, 1])]:
    def go(n=n, wl=wl):
        m = mx.mod.Module(fcnet(), context=ctxs, work_load_list=wl)
        m.bind([('data', (n, 5))], [('softmax_label', (n,))], inputs_need_grad=True)
        m.init_params(mx.init.Constant(0.1))
        m.init_optimizer(optimizer_params={'learning_rate': 0.5})
        m.forward(batch(n), is_train=True)
        m.backward()
        m.update()
        g = m._exec_group
        return (g.slices, g.batch_size, [[x.shape for x in o] for o in m.get_outputs(False)],
                [[str(x.context) for x in o] for o in m.get_outputs(False)], str(m.get_outputs()[0].context),
                m.get_input_grads()[0].shape, [x.shape for x in m.get_input_grads(False)[0]], m.get_params()[0], m.output_shapes)
    show('split %d %s' % (n, wl), go)
show('workload of another length', lambda: mx.mod.Module(fcnet(), context=ctxs, work_load_list=[1, 2]))
m = mx.mod.Module(fcnet(), context=ctxs[:2])
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
m.init_params(mx.init.Constant(0.1))
m.set_params({'fc_weight': mx.nd.array(np.arange(15).reshape(3, 5) / 10.0), 'fc_bias': mx.nd.array([0.1, -0.2, 0.3])}, {})
show('predict pad', lambda: m.predict(it(10, 4, last_batch_handle='pad')))
show('predict discard', lambda: m.predict(it(10, 4, last_batch_handle='discard')))
show('predict unmerged', lambda: m.predict(it(10, 4), merge_batches=False))
show('predict always a list', lambda: m.predict(it(10, 4), always_output_list=True))
show('predict one batch', lambda: m.predict(it(10, 4), num_batch=1))
show('predict no batch', lambda: m.predict(it(10, 4), num_batch=0))
show('predict an array', lambda: m.predict(X(4)))
show('predict a list', lambda: m.predict([X(4)]))
for metric in ['acc', 'ce', ['acc', 'ce'], mx.metric.TopKAccuracy(top_k=2), 'mse', 'f1', 'nll_loss', 'loss', mx.metric.Perplexity(ignore_label=0)]:
    show('score %s' % (metric if isinstance(metric, (str, list)) else type(metric).__name__,),
         lambda: m.score(it(10, 4, last_batch_handle='pad'), metric))
seen = []
show('score two batches', lambda: m.score(it(10, 4), 'acc', num_batch=2, epoch=7,
                                          batch_end_callback=lambda p: seen.append((p.epoch, p.nbatch, p.eval_metric.get())),
                                          score_end_callback=lambda p: seen.append(('end', p.epoch, p.nbatch))))
print(seen)
d = it(10, 4)
next(d)
show('score without reset', lambda: m.score(d, 'acc', reset=False))
show('score an unknown metric', lambda: m.score(it(), 'nope'))
show('iter_predict', lambda: [(o, i, b.pad) for o, i, b in m.iter_predict(it(10, 4), num_batch=5)])
m.forward(batch(4))
for labels, pre in [([Y(4)], False), ([[Y(2)], [Y(2)]], True), ([Y(2)], False), ([], False), ([Y(4), Y(4)], False)]:
    def go(labels=labels, pre=pre):
        acc = mx.metric.create(['acc', 'ce'])
        m.update_metric(acc, labels, pre_sliced=pre)
        return acc.get_name_value()
    show('update_metric pre_sliced=%s' % pre, go)
m3 = mx.mod.Module(fcnet(), context=ctxs[:2])
m3.bind([('data', (4, 5))], [('softmax_label', (4,))])
m3.init_params(mx.init.Constant(0.1))
show('predict an array of another size', lambda: m3.predict(X(6)))
show('after', lambda: (m3.data_shapes, m3.label_shapes))
