"""Every built-in metric updated twice, reset_local/get_global, composite and update_dict use, custom and numpy metrics, configs, registration and metric errors match MXNet."""
import mxnet as mx, numpy as np
from mxnet import nd
np.random.seed(44)
def tryit(lbl, f):
    try: print(lbl, 'ok', f())
    except Exception as e: print(lbl, type(e).__name__, '|', str(e).split('\n')[0][:200])
P = nd.array(np.random.dirichlet([1, 1, 1], 6)); L = nd.array([0, 1, 2, 2, 1, 0]); Pb = nd.array(np.random.dirichlet([1, 1], 6)); Lb = nd.array([0, 1, 1, 0, 1, 1])
ms = [mx.metric.Accuracy(), mx.metric.TopKAccuracy(2), mx.metric.CrossEntropy(), mx.metric.NegativeLogLikelihood(), mx.metric.Perplexity(ignore_label=None), mx.metric.Perplexity(ignore_label=2),
      mx.metric.F1(), mx.metric.F1(average='micro'), mx.metric.MCC(), mx.metric.MCC(average='micro'), mx.metric.MAE(), mx.metric.MSE(), mx.metric.RMSE(), mx.metric.PearsonCorrelation(), mx.metric.PCC(), mx.metric.Loss(), mx.metric.Torch() if hasattr(mx.metric, 'Torch') else mx.metric.Loss('t'), mx.metric.Caffe() if hasattr(mx.metric, 'Caffe') else mx.metric.Loss('c'),
      mx.metric.create('acc', axis=1), mx.metric.create(lambda l, p: float((p.argmax(1) == l).mean()), name='fn'), mx.metric.np(lambda l, p: float(np.abs(l - p.argmax(1)).sum())), mx.metric.CustomMetric(lambda l, p: (float(l.sum()), 3), name='pair')]
for m in ms:
    try:
        if isinstance(m, (mx.metric.F1, mx.metric.MCC)): args = ([Lb, Lb], [Pb, Pb])
        elif isinstance(m, (mx.metric.MAE, mx.metric.MSE, mx.metric.RMSE, mx.metric.PearsonCorrelation, mx.metric.PCC)) and not isinstance(m, mx.metric.Loss):
            args = ([L], [P[:, 0] * 3]) if not isinstance(m, mx.metric.PCC) else ([L], [P])
        elif isinstance(m, mx.metric.Loss): args = (None, [P[:, 0]])
        else: args = ([L], [P])
        m.update(*args); g1 = m.get(); m.update(*args)
        print(m.name, g1, m.get(), m.get_global() if hasattr(m, 'get_global') else '', m.get_name_value())
        m.reset_local() if hasattr(m, 'reset_local') else None; print('  after reset_local', m.get(), m.get_global() if hasattr(m, 'get_global') else '')
    except Exception as e: print(type(m).__name__, type(e).__name__, str(e).split('\n')[0][:150])
c = mx.metric.CompositeEvalMetric(); c.add(mx.metric.Accuracy()); c.add('ce'); c.add(mx.metric.create(['mae']))
tryit('composite', lambda: (c.update([L], [P]), c.get(), c.get_metric(1).name, c.get_config())[1:])
tryit('update_dict', lambda: (lambda m: (m.update_dict({'lab': L}, {'out': P, 'other': P}), m.get())[1])(mx.metric.Accuracy(output_names=['out'], label_names=['lab'])))
tryit('update_dict comp', lambda: (lambda m: (m.update_dict({'l': L}, {'o': P}), m.get())[1])(mx.metric.create(['acc', 'ce'])))
tryit('config', lambda: mx.metric.TopKAccuracy(3, name='t3').get_config())
tryit('create dict', lambda: mx.metric.create({'acc': {}}).get() if False else mx.metric.create(mx.metric.Accuracy()).name)
tryit('check_label_shapes', lambda: mx.metric.check_label_shapes([1, 2], [1]))
tryit('check_label_shapes2', lambda: mx.metric.check_label_shapes(nd.ones(2), nd.ones(3), wrap=True, shape=True))
tryit('acc int pred', lambda: (lambda m: (m.update([nd.array([1, 2])], [nd.array([1, 0])]), m.get())[1])(mx.metric.Accuracy()))
tryit('acc 2d label', lambda: (lambda m: (m.update([nd.array([[1], [2]])], [nd.array([[0, 1, 0], [0, 0, 1]])]), m.get())[1])(mx.metric.Accuracy()))
tryit('topk 1', lambda: mx.metric.TopKAccuracy(1).name)
tryit('topk bad', lambda: mx.metric.TopKAccuracy(0))
tryit('ce eps', lambda: (lambda m: (m.update([nd.array([0])], [nd.array([[0.0, 1.0]])]), m.get())[1])(mx.metric.CrossEntropy(eps=1e-3)))
tryit('perp axis', lambda: (lambda m: (m.update([nd.array([[0, 1]])], [nd.array([[[0.3, 0.7], [0.6, 0.4]]]).transpose((0, 2, 1))]), m.get())[1])(mx.metric.Perplexity(None, axis=1)))
tryit('register', lambda: (mx.metric.register(type('MyM', (mx.metric.Accuracy,), {})), mx.metric.create('mym').name)[1])
tryit('alias', lambda: mx.metric.create('top_k_accuracy', top_k=2).name)
tryit('names', lambda: [mx.metric.create(n).name for n in ['acc', 'accuracy', 'ce', 'nll_loss', 'f1', 'mae', 'mse', 'rmse', 'pearsonr', 'loss', 'mcc', 'pcc', 'perplexity', 'top_k_acc']])
