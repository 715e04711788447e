# F1 / MCC / PCC averages, CrossEntropy, NLL, Perplexity with ignore_label, Loss.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

p1 = mx.nd.array([[0.3, 0.7], [0.6, 0.4], [0.1, 0.9], [0.8, 0.2], [0.4, 0.6]])
l1 = mx.nd.array([1, 1, 0, 0, 1])
p2 = mx.nd.array([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]])
l2 = mx.nd.array([0, 0, 1])
for avg in ['macro', 'micro']:
    for cls in [mx.metric.F1, mx.metric.MCC]:
        m = cls(average=avg)
        print(m.name, m.get())
        m.update([l1], [p1]); print(m.get(), m.get_global())
        m.update([l2], [p2]); print(m.get(), m.get_global(), m.num_inst, m.global_num_inst)
        m.reset_local(); print(m.get(), m.get_global())
        m.reset(); print(m.get(), m.get_global())
f = mx.metric.F1()
t(lambda: f.update([mx.nd.array([0, 1, 2])], [mx.nd.array([[0.1, 0.9], [0.2, 0.8], [0.3, 0.7]])]))
print(mx.metric.F1().get_config())
pcc = mx.metric.PCC()
pcc.update([mx.nd.array([0, 1, 2, 1])], [mx.nd.array([[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6], [0.5, 0.3, 0.2]])])
print(pcc.get())
pcc.update([mx.nd.array([3, 0])], [mx.nd.array([[0.1, 0.1, 0.1, 0.7], [0.6, 0.2, 0.1, 0.1]])])
print(pcc.get(), pcc.get_global(), pcc.k)
for cls in [mx.metric.CrossEntropy, mx.metric.NegativeLogLikelihood]:
    m = cls()
    m.update([mx.nd.array([0, 1, 2])], [mx.nd.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])])
    print(m.name, m.get(), m.num_inst, m.get_config())
m = mx.metric.CrossEntropy(eps=0.5)
m.update([mx.nd.array([0, 1])], [mx.nd.array([[0.0, 1.0], [1.0, 0.0]])])
print(m.get())
for ig in [None, 0, 2]:
    m = mx.metric.Perplexity(ignore_label=ig)
    m.update([mx.nd.array([0, 1, 2, 0])], [mx.nd.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.5, 0.25, 0.25]])])
    print(m.name, m.get(), m.num_inst, m.sum_metric, m.get_config())
m = mx.metric.Perplexity(ignore_label=None, axis=1)
t(lambda: m.update([mx.nd.array([[0, 1], [1, 1]])], [mx.nd.array(np.full((2, 2, 2), 0.5))]))
m.update([mx.nd.array([0, 1])], [mx.nd.array([[0.2, 0.4], [0.8, 0.6]])])
print(m.get())
t(lambda: mx.metric.Perplexity(None).update([mx.nd.array([0, 1])], [mx.nd.array([[0.5, 0.5]])]))
lo = mx.metric.Loss()
lo.update(None, [mx.nd.array([1, 2, 3]), mx.nd.array([[1, 1], [2, 2]])])
print(lo.get(), lo.num_inst)
lo.update(None, mx.nd.array([4.0]))
print(lo.get())
for n in ['torch', 'caffe']:
    print(mx.metric.create(n).get())
pr = mx.metric.PearsonCorrelation()
pr.update([mx.nd.array([1, 2, 3, 4])], [mx.nd.array([1.1, 2.3, 2.9, 4.2])])
print(pr.name, pr.get())
pr.update([mx.nd.array([[1, 0], [0, 1]])], [mx.nd.array([[0.5, 0.5], [0.2, 0.9]])])
print(pr.get())
