"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.metric, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    run('mxnet.metric.create', [
        'def custom_metric(label, pred):\n    return np.mean(np.abs(label - pred))\n',
        "metric1 = mx.metric.create('acc')\n",
        'metric2 = mx.metric.create(custom_metric)\n',
        "metric3 = mx.metric.create([metric1, metric2, 'rmse'])\n",
])
    run('mxnet.metric.CompositeEvalMetric', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0, 1, 1])]\n',
        'eval_metrics_1 = mx.metric.Accuracy()\n',
        'eval_metrics_2 = mx.metric.F1()\n',
        'eval_metrics = mx.metric.CompositeEvalMetric()\n',
        'for child_metric in [eval_metrics_1, eval_metrics_2]:\n    eval_metrics.add(child_metric)\n',
        'eval_metrics.update(labels = labels, preds = predicts)\n',
        'print(eval_metrics.get())\n',
])
    run('mxnet.metric.Accuracy', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0, 1, 1])]\n',
        'acc = mx.metric.Accuracy()\n',
        'acc.update(preds = predicts, labels = labels)\n',
        'print(acc.get())\n',
])
    run('mxnet.metric.TopKAccuracy', [
        'np.random.seed(999)\n',
        'top_k = 3\n',
        'labels = [mx.nd.array([2, 6, 9, 2, 3, 4, 7, 8, 9, 6])]\n',
        'predicts = [mx.nd.array(np.random.rand(10, 10))]\n',
        'acc = mx.metric.TopKAccuracy(top_k=top_k)\n',
        'acc.update(labels, predicts)\n',
        'print(acc.get())\n',
])
    run('mxnet.metric.F1', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0., 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0., 1., 1.])]\n',
        'f1 = mx.metric.F1()\n',
        'f1.update(preds = predicts, labels = labels)\n',
        'print(f1.get())\n',
])
    run('mxnet.metric.MCC', [
        'false_positives = 1000\n',
        'false_negatives = 1\n',
        'true_positives = 10000\n',
        'true_negatives = 1\n',
        'predicts = [mx.nd.array(\n',
        'labels  = [mx.nd.array(\n',
        'f1 = mx.metric.F1()\n',
        'f1.update(preds = predicts, labels = labels)\n',
        'mcc = mx.metric.MCC()\n',
        'mcc.update(preds = predicts, labels = labels)\n',
        'print(f1.get())\n',
        'print(mcc.get())\n',
])
    run('mxnet.metric.Perplexity', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0, 1, 1])]\n',
        'perp = mx.metric.Perplexity(ignore_label=None)\n',
        'perp.update(labels, predicts)\n',
        'print(perp.get())\n',
])
    run('mxnet.metric.MAE', [
        'predicts = [mx.nd.array(np.array([3, -0.5, 2, 7]).reshape(4,1))]\n',
        'labels = [mx.nd.array(np.array([2.5, 0.0, 2, 8]).reshape(4,1))]\n',
        'mean_absolute_error = mx.metric.MAE()\n',
        'mean_absolute_error.update(labels = labels, preds = predicts)\n',
        'print(mean_absolute_error.get())\n',
])
    run('mxnet.metric.MSE', [
        'predicts = [mx.nd.array(np.array([3, -0.5, 2, 7]).reshape(4,1))]\n',
        'labels = [mx.nd.array(np.array([2.5, 0.0, 2, 8]).reshape(4,1))]\n',
        'mean_squared_error = mx.metric.MSE()\n',
        'mean_squared_error.update(labels = labels, preds = predicts)\n',
        'print(mean_squared_error.get())\n',
])
    run('mxnet.metric.RMSE', [
        'predicts = [mx.nd.array(np.array([3, -0.5, 2, 7]).reshape(4,1))]\n',
        'labels = [mx.nd.array(np.array([2.5, 0.0, 2, 8]).reshape(4,1))]\n',
        'root_mean_squared_error = mx.metric.RMSE()\n',
        'root_mean_squared_error.update(labels = labels, preds = predicts)\n',
        'print(root_mean_squared_error.get())\n',
])
    run('mxnet.metric.CrossEntropy', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0, 1, 1])]\n',
        'ce = mx.metric.CrossEntropy()\n',
        'ce.update(labels, predicts)\n',
        'print(ce.get())\n',
])
    run('mxnet.metric.NegativeLogLikelihood', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([0, 1, 1])]\n',
        'nll_loss = mx.metric.NegativeLogLikelihood()\n',
        'nll_loss.update(labels, predicts)\n',
        'print(nll_loss.get())\n',
])
    run('mxnet.metric.PearsonCorrelation', [
        'predicts = [mx.nd.array([[0.3, 0.7], [0, 1.], [0.4, 0.6]])]\n',
        'labels   = [mx.nd.array([[1, 0], [0, 1], [0, 1]])]\n',
        'pr = mx.metric.PearsonCorrelation()\n',
        'pr.update(labels, predicts)\n',
        'print(pr.get())\n',
])
    run('mxnet.metric.PCC', [
        'false_positives = 1000\n',
        'false_negatives = 1\n',
        'true_positives = 10000\n',
        'true_negatives = 1\n',
        'predicts = [mx.nd.array(\n',
        'labels  = [mx.nd.array(\n',
        'f1 = mx.metric.F1()\n',
        'f1.update(preds = predicts, labels = labels)\n',
        'pcc = mx.metric.PCC()\n',
        'pcc.update(preds = predicts, labels = labels)\n',
        'print(f1.get())\n',
        'print(pcc.get())\n',
])
    run('mxnet.metric.CustomMetric', [
        'predicts = [mx.nd.array(np.array([3, -0.5, 2, 7]).reshape(4,1))]\n',
        'labels = [mx.nd.array(np.array([2.5, 0.0, 2, 8]).reshape(4,1))]\n',
        'feval = lambda x, y : (x + y).mean()\n',
        'eval_metrics = mx.metric.CustomMetric(feval=feval)\n',
        'eval_metrics.update(labels, predicts)\n',
        'print(eval_metrics.get())\n',
])
    run('mxnet.metric.np', [
        'def custom_metric(label, pred):\n    return np.mean(np.abs(label-pred))\n',
        'metric = mx.metric.np(custom_metric)\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
