"""``mx.model``: checkpoints (``prefix-symbol.json`` + ``prefix-%04d.params``), the kvstore helpers
Module shares, and the legacy ``FeedForward`` estimator (kept, deprecated, as in MXNet 1.x)."""
import logging
import os
import time
import warnings
from collections import namedtuple

import numpy as np

from . import io
from . import kvstore as kvs
from . import metric
from . import ndarray as nd
from . import optimizer as opt
from . import symbol as sym
from .base import MXNetError as _MXNetError, call_merging as _call_merging, mx_real_t
from .callback import LogValidationMetricsCallback
from .executor_manager import DataParallelExecutorManager, _check_arguments, _load_data
from .context import Context, cpu
from .initializer import Uniform
from .io import DataDesc
from .optimizer import get_updater  # noqa: F401  (mx.model.get_updater, as in MXNet)

try:
    from sklearn.base import BaseEstimator as BASE_ESTIMATOR
    SKLEARN_INSTALLED = True
except ImportError:
    BASE_ESTIMATOR = object
    SKLEARN_INSTALLED = False

BatchEndParam = namedtuple("BatchEndParams", ["epoch", "nbatch", "eval_metric", "locals"])


# ---- checkpoints --------------------------------------------------------------------------------

def save_checkpoint(prefix, epoch, symbol, arg_params, aux_params, remove_amp_cast=True):
    """Write the symbol (when given) and the ``arg:``/``aux:`` parameters of ``epoch``."""
    if symbol is not None:
        symbol.save(f"{prefix}-symbol.json", remove_amp_cast=remove_amp_cast)
    params = {f"arg:{k}": v.as_in_context(cpu()) for k, v in arg_params.items()}
    params.update({f"aux:{k}": v.as_in_context(cpu()) for k, v in aux_params.items()})
    param_name = "%s-%04d.params" % (prefix, epoch)
    nd.save(param_name, params)
    logging.info('Saved checkpoint to "%s"', param_name)


def load_params(prefix, epoch):
    """(arg_params, aux_params) from ``prefix-%04d.params``."""
    arg_params, aux_params = {}, {}
    fname = "%s-%04d.params" % (prefix, epoch)
    save_dict = nd.load(fname)
    if not save_dict:
        logging.warning("Params file '%s' is empty", fname)
        return arg_params, aux_params
    for key, value in save_dict.items():
        kind, name = key.split(":", 1)      # a key without a kind fails to unpack, as in MXNet
        if kind == "arg":
            arg_params[name] = value
        elif kind == "aux":
            aux_params[name] = value
    return arg_params, aux_params


def load_checkpoint(prefix, epoch):
    """(symbol, arg_params, aux_params) saved by ``save_checkpoint``."""
    try:
        symbol = sym.load(f"{prefix}-symbol.json")
    except OSError as e:
        raise _MXNetError(f"load_checkpoint: cannot read {prefix}-symbol.json: {e}") from e
    arg_params, aux_params = load_params(prefix, epoch)
    return symbol, arg_params, aux_params


# ---- kvstore and update helpers -----------------------------------------------------------------

def _create_sparse_kvstore(kvstore):
    """(kvstore, True): a store that runs the optimizer, needed for row_sparse weights.

    As MXNet, a store object must be a KVStore (a registered KVStoreBase class only by its name), and the store
    must say it can run an optimizer.
    """
    if isinstance(kvstore, kvs.KVStore):
        kv = kvstore
    elif isinstance(kvstore, str):
        kv = kvs.create(kvstore)
    else:
        raise TypeError(f"Cannot create '{kvstore}' KVStore with row_sparse parameters. "
                        "The type must be KVStore or str.")
    if not kv.is_capable(kvs.KVStoreBase.OPTIMIZER):
        raise AssertionError("KVStore with sparse weight requires optimizer support. However, type(kv) does not "
                             "support optimizer. Please consider other kvstore backends (e.g. dist_device) instead.")
    return kv, True


def _create_kvstore(kvstore, num_device, arg_params):
    """(kvstore or None, update_on_kvstore) for ``kvstore`` (a store, a type name or None) and ``num_device``."""
    from .gluon.trainer import _create_kvstore as choose
    return choose(kvstore, num_device, list(arg_params.values()), "kvstore must be KVStore, str or None")


def _initialize_kvstore(kvstore, param_arrays, arg_params, param_names, update_on_kvstore):
    """Register every parameter with the store (and copy the store's value out when it updates)."""
    for name, on_devices in zip(param_names, param_arrays):
        if not update_on_kvstore or arg_params[name].stype != "default":
            kvstore.init(name, arg_params[name])
        else:
            kvstore.broadcast(name, arg_params[name], out=on_devices)


def _valid(param_arrays, grad_arrays, param_names):
    """(index, name, weights, grads) for each parameter that has gradients."""
    return [(i, param_names[i] if param_names else None, w, g)
            for i, (w, g) in enumerate(zip(param_arrays, grad_arrays)) if g[0] is not None]


def _update_params_on_kvstore(param_arrays, grad_arrays, kvstore, param_names):
    """Push each gradient to the store, which updates, and pull the new weights back."""
    for i, name, weights, grads in _valid(param_arrays, grad_arrays, param_names):
        if grads[0].stype == "default" and weights[0].stype == "default":
            kvstore.pushpull(name, grads, out=weights, priority=-i)
        else:
            kvstore.push(name, grads, priority=-i)
            kvstore.pull(name, out=weights, priority=-i)


def _update_params_on_kvstore_nccl(param_arrays, grad_arrays, kvstore, param_names):
    """Like ``_update_params_on_kvstore``, in groups of MXNET_UPDATE_AGGREGATION_SIZE (default 16) keys."""
    valid = _valid(param_arrays, grad_arrays, param_names)
    step = int(os.getenv("MXNET_UPDATE_AGGREGATION_SIZE", "16"))
    for start in range(0, len(valid), step):
        group = valid[start:start + step]
        kvstore.pushpull([v[1] for v in group], [v[3] for v in group], out=[v[2] for v in group], priority=-start)


def _update_params(param_arrays, grad_arrays, updater, num_device, kvstore=None, param_names=None):
    """Sum gradients through ``kvstore`` (when given), then run ``updater`` on every device's copy.

    Device ``k``'s copy of parameter ``i`` is optimizer index ``i * num_device + k``, so each copy keeps
    its own optimizer state.
    """
    per_device = [[] for _ in range(num_device)]
    for i, name, weights, grads in _valid(param_arrays, grad_arrays, param_names):
        if kvstore:
            if grads[0].stype == "default" and weights[0].stype == "default":
                kvstore.pushpull(name, grads, priority=-i)
            else:
                kvstore.push(name, grads, priority=-i)
                kvstore.pull(name, out=grads, priority=-i)
        for k, (w, g) in enumerate(zip(weights, grads)):
            per_device[k].append((i * num_device + k, g, w))
    for updates in per_device:
        if updates:
            indices, grads, weights = zip(*updates)
            updater(list(indices), list(grads), list(weights))


def _multiple_callbacks(callbacks, *args, **kwargs):
    """Call ``callbacks`` (None, one callable, or a list of them) with the arguments."""
    if isinstance(callbacks, list):
        for cb in callbacks:
            cb(*args, **kwargs)
    elif callbacks:
        callbacks(*args, **kwargs)


# ---- training loop ------------------------------------------------------------------------------

def _train_multi_device(symbol, ctx, arg_names, param_names, aux_names, arg_params, aux_params,
                        begin_epoch, end_epoch, epoch_size, optimizer, kvstore, update_on_kvstore,
                        train_data, eval_data=None, eval_metric=None, epoch_end_callback=None,
                        batch_end_callback=None, logger=None, work_load_list=None, monitor=None,
                        eval_end_callback=None, eval_batch_end_callback=None, sym_gen=None):
    """FeedForward's training loop on a DataParallelExecutorManager (one executor group per bucket with
    ``sym_gen``); ``arg_params``/``aux_params`` are updated in place."""
    logger = logging if logger is None else logger
    executor_manager = DataParallelExecutorManager(
        symbol=symbol, sym_gen=sym_gen, ctx=ctx, train_data=train_data, param_names=param_names,
        arg_names=arg_names, aux_names=aux_names, work_load_list=work_load_list, logger=logger)
    if monitor:
        executor_manager.install_monitor(monitor)
    executor_manager.set_params(arg_params, aux_params)
    updater = None
    if update_on_kvstore:
        kvstore.set_optimizer(optimizer)
    else:
        updater = get_updater(optimizer)
    params, grads, names = executor_manager.param_arrays, executor_manager.grad_arrays, executor_manager.param_names
    if kvstore:
        _initialize_kvstore(kvstore, params, arg_params, names, update_on_kvstore)

    def update():
        if update_on_kvstore:
            _update_params_on_kvstore(params, grads, kvstore, names)
        else:
            _update_params(params, grads, updater=updater, num_device=len(ctx), kvstore=kvstore, param_names=names)

    train_data.reset()
    for epoch in range(begin_epoch, end_epoch):
        tic = time.time()
        eval_metric.reset()
        _train_epoch(executor_manager, update, train_data, epoch, epoch_size, eval_metric, batch_end_callback,
                     monitor, logger)
        logger.info("Epoch[%d] Time cost=%.3f", epoch, time.time() - tic)
        if epoch_end_callback or epoch + 1 == end_epoch:
            executor_manager.copy_to(arg_params, aux_params)
        _multiple_callbacks(epoch_end_callback, epoch, symbol, arg_params, aux_params)
        if eval_data:
            _evaluate(executor_manager, eval_data, epoch, eval_metric, eval_end_callback, eval_batch_end_callback)


def _train_epoch(executor_manager, update, train_data, epoch, epoch_size, eval_metric, batch_end_callback,
                 monitor, logger):
    """One epoch: ``epoch_size`` batches (the iterator restarted as often as needed), or one pass; the
    callbacks see MXNet's names among the locals (executor_manager, data_batch, nbatch)."""
    nbatch = 0
    while True:
        do_reset = True
        for data_batch in train_data:
            executor_manager.load_data_batch(data_batch)
            if monitor is not None:
                monitor.tic()
            executor_manager.forward(is_train=True)
            executor_manager.backward()
            update()
            if monitor is not None:
                monitor.toc_print()
            executor_manager.update_metric(eval_metric, data_batch.label)
            nbatch += 1
            if batch_end_callback is not None:
                _multiple_callbacks(batch_end_callback, BatchEndParam(epoch, nbatch, eval_metric, locals()))
            if epoch_size is not None and nbatch >= epoch_size:
                do_reset = False
                break
        if do_reset:
            # MXNet logs this from _train_multi_device: the record names that function
            logger.info("Epoch[%d] Resetting Data Iterator", epoch, stacklevel=2)
            train_data.reset()
        if epoch_size is None or nbatch >= epoch_size:
            return nbatch


def _evaluate(executor_manager, eval_data, epoch, eval_metric, eval_end_callback, eval_batch_end_callback):
    """Score ``eval_data`` with the training executors, then call the evaluation callbacks."""
    eval_metric.reset()
    eval_data.reset()
    total_num_batch = 0
    for i, eval_batch in enumerate(eval_data):
        executor_manager.load_data_batch(eval_batch)
        executor_manager.forward(is_train=False)
        executor_manager.update_metric(eval_metric, eval_batch.label)
        if eval_batch_end_callback is not None:
            _multiple_callbacks(eval_batch_end_callback, BatchEndParam(epoch, i, eval_metric, locals()))
        total_num_batch += 1
    if eval_end_callback is not None:
        _multiple_callbacks(eval_end_callback, BatchEndParam(epoch, total_num_batch, eval_metric, locals()))
    eval_data.reset()


# ---- FeedForward --------------------------------------------------------------------------------

def _numpy_labels(X, y, is_train):
    """Check ``y`` against array input ``X`` (zeros when predicting without labels); a 1-D label."""
    if y is None:
        if is_train:
            raise ValueError("y must be specified when X is numpy.ndarray")
        y = np.zeros(X.shape[0])
    if not isinstance(y, (np.ndarray, nd.NDArray)):
        raise TypeError("y must be ndarray when X is numpy.ndarray")
    if X.shape[0] != y.shape[0]:
        raise ValueError("The numbers of data points and labels not equal")
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.flatten()
    if y.ndim != 1:
        raise ValueError("Label must be 1D or 2D (with 2nd dimension being 1)")
    return y


class FeedForward(BASE_ESTIMATOR):
    """The legacy symbolic estimator (deprecated in MXNet 1.x for ``mx.mod.Module``).

    Parameters
    ----------
    symbol : Symbol, or a callable giving the symbol for a bucket key
    ctx : Context or list of Context, default ``[cpu()]``
    num_epoch, epoch_size : int, optional
        Training epochs, and batches per epoch (default: one pass over the data).
    optimizer : str or Optimizer, default 'sgd'
    initializer : Initializer, default ``Uniform(0.01)``
    numpy_batch_size : int, default 128
        Batch size when ``X`` is an array rather than a DataIter.
    arg_params, aux_params : dict of str to NDArray, optional
    allow_extra_params : bool, default False
        Drop given parameters the symbol does not use (otherwise they are an error at binding).
    begin_epoch : int, default 0
    **kwargs : optimizer parameters (``learning_rate``, ``momentum``, ``wd``, ...)
    """

    def __init__(self, symbol, ctx=None, num_epoch=None, epoch_size=None, optimizer="sgd",
                 initializer=Uniform(0.01), numpy_batch_size=128, arg_params=None, aux_params=None,
                 allow_extra_params=False, begin_epoch=0, **kwargs):
        warnings.warn("\033[91mmxnet.model.FeedForward has been deprecated. "
                      "Please use mxnet.mod.Module instead.\033[0m", DeprecationWarning, stacklevel=2)
        if isinstance(symbol, sym.Symbol):
            self.symbol, self.sym_gen = symbol, None
        elif callable(symbol):
            self.symbol, self.sym_gen = None, symbol
        else:
            raise AssertionError()      # as MXNet's bare assert
        self.arg_params, self.aux_params = arg_params, aux_params
        self.allow_extra_params = allow_extra_params
        self.argument_checked = False
        if self.sym_gen is None:
            self._check_arguments()
        self.ctx = [cpu()] if ctx is None else [ctx] if isinstance(ctx, Context) else ctx
        self.num_epoch, self.epoch_size = num_epoch, epoch_size
        self.kwargs = kwargs.copy()
        self.optimizer, self.initializer = optimizer, initializer
        self.numpy_batch_size = numpy_batch_size
        self._pred_exec = None
        self.begin_epoch = begin_epoch

    def _check_arguments(self):
        """Check the symbol's names once; with ``allow_extra_params`` drop given parameters it lacks."""
        if self.argument_checked:
            return
        self.argument_checked = True
        _check_arguments(self.symbol)
        if self.allow_extra_params:
            if self.arg_params:
                names = set(self.symbol.list_arguments())
                self.arg_params = {k: v for k, v in self.arg_params.items() if k in names}
            if self.aux_params:
                names = set(self.symbol.list_auxiliary_states())
                self.aux_params = {k: v for k, v in self.aux_params.items() if k in names}

    @staticmethod
    def _is_data_arg(name):
        """Whether an argument name is an input (ends with 'data' or 'label')."""
        return name.endswith("data") or name.endswith("label")

    def _init_params(self, inputs, overwrite=False):
        """Allocate every parameter for ``inputs`` (DataDescs or (name, shape) pairs): the given value
        unless ``overwrite``, else the initializer's. Returns (arg_names, param_names, aux_names)."""
        inputs = [x if isinstance(x, DataDesc) else DataDesc(*x) for x in inputs]
        arg_shapes, _, aux_shapes = self.symbol.infer_shape(**{x.name: x.shape for x in inputs})
        if arg_shapes is None:
            raise _MXNetError(f"FeedForward: cannot infer the parameter shapes from the inputs {inputs}")
        arg_types, _, aux_types = self.symbol.infer_type(**{x.name: x.dtype for x in inputs})
        arg_names = self.symbol.list_arguments()
        aux_names = self.symbol.list_auxiliary_states()
        input_names = {x.name for x in inputs}
        param_names = [n for n in arg_names if n not in input_names]
        arg_params = {n: nd.zeros(s, dtype=t) for n, s, t in zip(arg_names, arg_shapes, arg_types)
                      if n not in input_names}
        aux_params = {n: nd.zeros(s, dtype=t) for n, s, t in zip(aux_names, aux_shapes, aux_types)}
        for fresh, given in ((arg_params, self.arg_params), (aux_params, self.aux_params)):
            for name, array in fresh.items():
                if given and name in given and not overwrite:
                    array[:] = given[name][:]
                else:
                    self.initializer(name, array)
        self.arg_params, self.aux_params = arg_params, aux_params
        return arg_names, list(param_names), aux_names

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_pred_exec"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)

    def _init_predictor(self, input_shapes, type_dict=None):
        """Bind (or keep) the inference executor for these input shapes."""
        shapes = {name: value.shape for name, value in self.arg_params.items()}
        shapes.update(dict(input_shapes))
        if self._pred_exec is not None:
            arg_shapes, _, _ = self.symbol.infer_shape(**shapes)
            if arg_shapes is None:
                raise AssertionError("Incomplete input shapes")
            if [tuple(s) for s in arg_shapes] == [x.shape for x in self._pred_exec.arg_arrays]:
                return
        pred_exec = self.symbol.simple_bind(self.ctx[0], grad_req="null", type_dict=type_dict, **shapes)
        pred_exec.copy_params_from(self.arg_params, self.aux_params)
        _check_arguments(self.symbol)
        self._pred_exec = pred_exec

    def _init_iter(self, X, y, is_train):
        """A DataIter for ``X`` (an iterator as it is; arrays batched by ``numpy_batch_size``)."""
        if isinstance(X, (np.ndarray, nd.NDArray)):
            y = _numpy_labels(X, y, is_train)
            batch_size = min(X.shape[0], self.numpy_batch_size)
            if is_train:
                return io.NDArrayIter(X, y, batch_size, shuffle=True, last_batch_handle="roll_over")
            return io.NDArrayIter(X, y, batch_size, shuffle=False)
        if not isinstance(X, io.DataIter):
            raise TypeError("X must be DataIter, NDArray or numpy.ndarray")
        return X

    def _init_eval_iter(self, eval_data):
        """A DataIter for ``eval_data``: an iterator, or a (data, label) pair of arrays or lists."""
        if eval_data is None:
            return None
        if isinstance(eval_data, (tuple, list)) and len(eval_data) == 2:
            data, label = eval_data
            if data is None:
                raise ValueError("Eval data is NONE")
            if label is None and isinstance(data, io.DataIter):
                return data
            data = np.array(data) if isinstance(data, list) else data
            label = np.array(label) if isinstance(label, list) else label
            return self._init_iter(data, label, is_train=True)
        if not isinstance(eval_data, io.DataIter):
            raise TypeError("Eval data must be DataIter, or NDArray/numpy.ndarray/list pair "
                            "(i.e. tuple/list of length 2)")
        return eval_data

    def _prepare_predict(self, X, reset):
        """(iterator, the executor's data arrays) for predict and score."""
        X = self._init_iter(X, None, is_train=False)
        if reset:
            X.reset()
        type_dict = {name: value.dtype for name, value in self.arg_params.items()}
        for desc in X.provide_data:
            type_dict[desc[0]] = desc.dtype if isinstance(desc, DataDesc) else mx_real_t
        self._init_predictor(X.provide_data, type_dict)
        return X, [self._pred_exec.arg_dict[desc[0]] for desc in X.provide_data]

    def predict(self, X, num_batch=None, return_data=False, reset=True):
        """The outputs for ``X`` as numpy arrays (one array for a single output); padding is dropped.

        With ``return_data``, (outputs, data, label) where data and label are what the iterator gave.
        """
        X, data_arrays = self._prepare_predict(X, reset)
        outputs = [[] for _ in self._pred_exec.outputs]
        datas, labels = [[] for _ in X.provide_data], [[] for _ in X.provide_label]
        for i, batch in enumerate(X):
            _load_data(batch, data_arrays)
            self._pred_exec.forward(is_train=False)
            real = X.batch_size - batch.pad
            for kept, out in zip(outputs, self._pred_exec.outputs):
                kept.append(out[0:real].asnumpy())
            if return_data:
                for kept, array in zip(datas, batch.data):
                    kept.append(array[0:real].asnumpy())
                for kept, array in zip(labels, batch.label):
                    kept.append(array[0:real].asnumpy())
            if num_batch is not None and i + 1 == num_batch:
                break
        outputs = _joined(outputs)
        if return_data:
            return outputs, _joined(datas), _joined(labels)
        return outputs

    def score(self, X, eval_metric="acc", num_batch=None, batch_end_callback=None, reset=True):
        """``eval_metric`` over ``X`` (array input is scored against zero labels, as in MXNet)."""
        if not isinstance(eval_metric, metric.EvalMetric):
            eval_metric = metric.create(eval_metric)
        X, data_arrays = self._prepare_predict(X, reset)
        for i, batch in enumerate(X):
            if num_batch is not None and i == num_batch:
                break
            _load_data(batch, data_arrays)
            self._pred_exec.forward(is_train=False)
            eval_metric.update(batch.label, self._pred_exec.outputs)
            if batch_end_callback is not None:
                _multiple_callbacks(batch_end_callback, BatchEndParam(0, i, eval_metric, locals()))
        return eval_metric.get()[1]

    def fit(self, X, y=None, eval_data=None, eval_metric="acc", epoch_end_callback=None,
            batch_end_callback=None, kvstore="local", logger=None, work_load_list=None, monitor=None,
            eval_end_callback=LogValidationMetricsCallback(), eval_batch_end_callback=None):
        """Train for epochs ``begin_epoch`` .. ``num_epoch - 1`` on ``X`` (a DataIter, or arrays with ``y``)."""
        data = self._init_iter(X, y, is_train=True)
        eval_data = self._init_eval_iter(eval_data)
        if self.sym_gen:
            self.symbol = self.sym_gen(data.default_bucket_key)
            self._check_arguments()
        self.kwargs["sym"] = self.symbol
        arg_names, param_names, aux_names = self._init_params(data.provide_data + data.provide_label)
        if not isinstance(eval_metric, metric.EvalMetric):
            eval_metric = metric.create(eval_metric)
        kvstore, update_on_kvstore = _create_kvstore(kvstore, len(self.ctx), self.arg_params)
        num_ctx = 1 if update_on_kvstore else len(self.ctx)
        idx2name = {i * num_ctx + k: n for i, n in enumerate(param_names) for k in range(num_ctx)}
        self.kwargs["param_idx2name"] = idx2name
        optimizer = self.optimizer
        if isinstance(optimizer, str):
            batch_size = data.batch_size
            if kvstore and "dist" in kvstore.type and "_async" not in kvstore.type:
                batch_size *= kvstore.num_workers
            optimizer = _call_merging(opt.create, (optimizer,), {"rescale_grad": 1.0 / batch_size}, self.kwargs)
        elif isinstance(optimizer, opt.Optimizer):
            if not optimizer.idx2name:
                optimizer.idx2name = idx2name.copy()
        else:       # MXNet's fit leaves its optimizer variable unset for anything else
            raise UnboundLocalError("cannot access local variable 'optimizer' where it is not associated with a value")
        _train_multi_device(self.symbol, self.ctx, arg_names, param_names, aux_names, self.arg_params,
                            self.aux_params, begin_epoch=self.begin_epoch, end_epoch=self.num_epoch,
                            epoch_size=self.epoch_size, optimizer=optimizer, train_data=data,
                            eval_data=eval_data, eval_metric=eval_metric, epoch_end_callback=epoch_end_callback,
                            batch_end_callback=batch_end_callback, kvstore=kvstore,
                            update_on_kvstore=update_on_kvstore, logger=logger, work_load_list=work_load_list,
                            monitor=monitor, eval_end_callback=eval_end_callback,
                            eval_batch_end_callback=eval_batch_end_callback, sym_gen=self.sym_gen)

    def save(self, prefix, epoch=None, remove_amp_cast=True):
        """Write ``prefix-symbol.json`` and ``prefix-%04d.params`` (epoch defaults to ``num_epoch``)."""
        epoch = self.num_epoch if epoch is None else epoch
        if epoch is None:
            raise AssertionError()      # as MXNet's bare assert
        save_checkpoint(prefix, epoch, self.symbol, self.arg_params, self.aux_params, remove_amp_cast=remove_amp_cast)

    @staticmethod
    def load(prefix, epoch, ctx=None, **kwargs):
        """A FeedForward from a checkpoint, continuing at ``epoch``; kwargs as for the constructor."""
        symbol, arg_params, aux_params = load_checkpoint(prefix, epoch)
        return _call_merging(FeedForward, (symbol,), dict(ctx=ctx, arg_params=arg_params, aux_params=aux_params,
                                                          begin_epoch=epoch), kwargs)

    @staticmethod
    def create(symbol, X, y=None, ctx=None, num_epoch=None, epoch_size=None, optimizer="sgd",
               initializer=Uniform(0.01), eval_data=None, eval_metric="acc", epoch_end_callback=None,
               batch_end_callback=None, kvstore="local", logger=None, work_load_list=None,
               eval_end_callback=LogValidationMetricsCallback(), eval_batch_end_callback=None, **kwargs):
        """Construct a FeedForward and ``fit`` it in one call; returns the trained model."""
        model = FeedForward(symbol, ctx=ctx, num_epoch=num_epoch, epoch_size=epoch_size, optimizer=optimizer,
                            initializer=initializer, **kwargs)
        model.fit(X, y, eval_data=eval_data, eval_metric=eval_metric, epoch_end_callback=epoch_end_callback,
                  batch_end_callback=batch_end_callback, kvstore=kvstore, logger=logger,
                  work_load_list=work_load_list, eval_end_callback=eval_end_callback,
                  eval_batch_end_callback=eval_batch_end_callback)
        return model


def _joined(parts):
    """Concatenate each list of batches; a single result is returned bare."""
    joined = [np.concatenate(p) for p in parts]
    return joined[0] if len(joined) == 1 else joined
