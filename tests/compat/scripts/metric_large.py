# Metrics over larger random batches (exact float results of the reductions).
import mxnet as mx, numpy as np
rs = np.random.RandomState(0)
p = rs.rand(3000, 20).astype('float32'); p /= p.sum(1, keepdims=True)
l = rs.randint(0, 20, 3000).astype('float32')
P, L = mx.nd.array(p), mx.nd.array(l)
for m in [mx.metric.Perplexity(None), mx.metric.Perplexity(3), mx.metric.CrossEntropy(), mx.metric.NegativeLogLikelihood(),
          mx.metric.Accuracy(), mx.metric.TopKAccuracy(5), mx.metric.Loss()]:
    m.update([L], [P]); m.update([L[:100]], [P[:100]])
    print(m.name, repr(m.get()[1]), repr(m.get_global()[1]))
y = rs.randn(5000).astype('float32'); yh = y + rs.randn(5000).astype('float32') * 0.1
for m in [mx.metric.MAE(), mx.metric.MSE(), mx.metric.RMSE(), mx.metric.PearsonCorrelation(), mx.metric.PearsonCorrelation(average='micro')]:
    m.update([mx.nd.array(y)], [mx.nd.array(yh)]); m.update([mx.nd.array(y[:77])], [mx.nd.array(yh[:77] * 2)])
    print(m.name, repr(m.get()[1]))
b = rs.rand(4000, 2).astype('float32'); bl = rs.randint(0, 2, 4000).astype('float32')
for m in [mx.metric.F1(), mx.metric.F1(average='micro'), mx.metric.MCC(), mx.metric.MCC(average='micro'), mx.metric.PCC()]:
    m.update([mx.nd.array(bl)], [mx.nd.array(b)]); m.update([mx.nd.array(bl[:50])], [mx.nd.array(b[:50])])
    print(m.name, repr(m.get()[1]))
big = mx.nd.array(rs.rand(200000).astype('float32'))
lo = mx.metric.Loss(); lo.update(None, [big]); print(repr(lo.get()[1]))
pp = mx.metric.Perplexity(None)
pp.update([mx.nd.array(rs.randint(0, 4, 70000))], [mx.nd.array(rs.dirichlet(np.ones(4), 70000).astype('float32'))])
print(repr(pp.get()[1]))
