"""The public names of the Module API's modules (mx.module.*, mx.monitor, mx.model, mx.callback,
mx.executor_manager) and classes are MXNet's."""
import mxnet as mx
import mxnet.module.base_module
import mxnet.module.bucketing_module
import mxnet.module.executor_group
import mxnet.module.module
import mxnet.module.python_module
import mxnet.module.sequential_module

for m in [mx.callback, mx.model, mx.monitor, mx.executor_manager, mx.module, mx.module.base_module, mx.module.module,
          mx.module.bucketing_module, mx.module.sequential_module, mx.module.python_module,
          mx.module.executor_group]:
    print(m.__name__.split('.', 1)[-1], [n for n in dir(m) if not n.startswith('_')])
print(mx.monitor.sqrt(4.0), mx.monitor.py_str(b'ab'), mx.monitor.NDArrayHandle.__name__, mx.monitor.ndarray is mx.nd)
for c in [mx.mod.BaseModule, mx.mod.Module, mx.mod.BucketingModule, mx.mod.SequentialModule, mx.mod.PythonModule,
          mx.mod.PythonLossModule, mx.model.FeedForward, mx.monitor.Monitor, mx.callback.Speedometer,
          mx.callback.ProgressBar, mx.callback.LogValidationMetricsCallback,
          mx.module.executor_group.DataParallelExecutorGroup, mx.executor_manager.DataParallelExecutorManager,
          mx.executor_manager.DataParallelExecutorGroup]:
    print(c.__name__, [n for n in dir(c) if not n.startswith('_')])
