# Metrics over random label/prediction shapes and kinds, including mismatches (error classes).
import warnings; warnings.simplefilter('ignore')
import mxnet as mx, numpy as np
rs = np.random.RandomState(9)
names = ['acc', 'top_k_accuracy', 'f1', 'mcc', 'pcc', 'ce', 'nll_loss', 'perplexity', 'mae', 'mse', 'rmse', 'pearsonr', 'loss']
for case in range(150):
    name = names[case % len(names)]
    kw = {'top_k': int(rs.randint(2, 4))} if name == 'top_k_accuracy' else ({'ignore_label': [None, 0, 1][rs.randint(3)]} if name == 'perplexity' else {})
    if name in ('f1', 'mcc') and rs.randint(2):
        kw['average'] = 'micro'
    m = mx.metric.create(name, **kw)
    out = []
    for step in range(int(rs.randint(1, 4))):
        n = int(rs.randint(1, 6)); c = int(rs.randint(2, 4)) if name not in ('f1', 'mcc') else 2
        kind = rs.randint(5)
        if kind == 0:
            lab = rs.randint(0, c, n).astype('float32'); pred = rs.dirichlet(np.ones(c), n).astype('float32')
        elif kind == 1:
            lab = rs.randint(0, c, n).astype('float32'); pred = rs.randint(0, c, n).astype('float32')
        elif kind == 2:
            lab = rs.randint(0, c, (n, 1)).astype('float32'); pred = rs.dirichlet(np.ones(c), n).astype('float32')
        elif kind == 3:
            lab = rs.randint(0, c, n + 1).astype('float32'); pred = rs.dirichlet(np.ones(c), n).astype('float32')
        else:
            lab = rs.rand(n).astype('float32'); pred = rs.rand(n).astype('float32')
        try:
            m.update([mx.nd.array(lab)], [mx.nd.array(pred)])
            out.append([(k, round(v, 10) if isinstance(v, float) else v) for k, v in m.get_name_value()])
        except Exception as e:
            out.append(type(e).__name__)
    print(case, name, kw, out)
