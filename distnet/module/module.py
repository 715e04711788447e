"""Module: a symbol bound to one executor, with parameters, an optimizer and a kvstore."""
import logging
import warnings

import numpy as np

from .. import initializer as _init
from .. import ndarray as nd
from .. import optimizer as _opt
from ..base import MXNetError
from ..context import cpu
from ..io import DataDesc
from ..model import load_checkpoint, save_checkpoint
from ..ndarray.ndarray import NDArray, _wrap
from ..symbol.executor import Executor
from ..symbol.infer import infer_shape, infer_type
from .base_module import BaseModule


def _descs(shapes):
    if shapes is None:
        return []
    return [s if isinstance(s, DataDesc) else DataDesc(*s) for s in shapes]


def _create_kvstore(kvstore, arg_params):
    """(kvstore or None, update_on_kvstore), as MXNet decides for a single device."""
    from .. import kvstore as kvs
    if kvstore is None:
        return None, False
    if isinstance(kvstore, str):
        if "dist" not in kvstore:
            return None, False               # one device and no cluster: update locally
        kvstore = kvs.create(kvstore)
    update_on_kvstore = kvs.base.update_on_kvstore_default()
    return kvstore, update_on_kvstore


def _require(condition, message=""):
    """MXNet's Module checks its state with assertions: the same exception type here."""
    if not condition:
        raise AssertionError(message)


def _check_input_names(arguments, names, kind, throw):
    """Names given to a Module that the symbol lacks: an error for data, a warning for labels."""
    for name in names:
        if name in arguments:
            continue
        candidates = "\n\t".join(a for a in arguments if not a.endswith(("_weight", "_bias", "_gamma", "_beta")))
        msg = (f"You created Module with Module(..., {kind}_names={names}) but input with name '{name}' is not "
               f"found in symbol.list_arguments(). Did you mean one of:\n\t{candidates}")
        if throw:
            raise ValueError(msg)
        warnings.warn(msg, stacklevel=3)


def _check_names_match(names, descs, kind, throw):
    if sorted(names) != sorted(d.name for d in descs):
        msg = f"Data provided by {kind}_shapes don't match names specified by {kind}_names ({descs} vs. {names})"
        if throw:
            raise ValueError(msg)
        warnings.warn(msg, stacklevel=3)


class Module(BaseModule):
    """A symbol with data and label inputs, trained through forward/backward/update."""

    def __init__(self, symbol, data_names=("data",), label_names=("softmax_label",), logger=logging,
                 context=None, work_load_list=None, fixed_param_names=None, state_names=None,
                 group2ctxs=None, compression_params=None):
        super().__init__(logger)
        contexts = context if isinstance(context, (list, tuple)) else [context or cpu()]
        self._context = contexts
        self._symbol = symbol
        self._data_names = list(data_names or [])
        self._label_names = list(label_names or [])
        self._state_names = list(state_names or [])
        self._fixed_param_names = list(fixed_param_names or [])
        inputs = set(self._data_names + self._label_names + self._state_names)
        arguments = symbol.list_arguments()
        _check_input_names(arguments, self._data_names, "data", True)
        _check_input_names(arguments, self._label_names, "label", False)
        _check_input_names(arguments, self._state_names, "state", True)
        _check_input_names(arguments, self._fixed_param_names, "fixed_param", True)
        self._bound_labels = [n for n in self._label_names if n in arguments]
        self._param_names = [n for n in arguments if n not in inputs]
        self._aux_names = symbol.list_auxiliary_states()
        self._output_names = symbol.list_outputs()
        self._arg_params = self._aux_params = None
        self._exec = None
        self._optimizer = self._kvstore = self._updater = None
        self._update_on_kvstore = False
        self._data_shapes = self._label_shapes = None
        self._grad_req = "write"

    # ---- descriptions --------------------------------------------------------------
    data_names = property(lambda self: self._data_names)
    label_names = property(lambda self: self._label_names)
    output_names = property(lambda self: self._output_names)
    @property
    def data_shapes(self):
        _require(self.binded)
        return self._data_shapes

    @property
    def label_shapes(self):
        _require(self.binded)
        return self._label_shapes

    @property
    def output_shapes(self):
        _require(self.binded)
        shapes = {d.name: d.shape for d in self._data_shapes + (self._label_shapes or [])}
        _, out, _ = infer_shape(self._symbol, (), shapes, partial=True)
        return list(zip(self._output_names, out))

    # ---- binding and parameters -------------------------------------------------------
    def bind(self, data_shapes, label_shapes=None, for_training=True, inputs_need_grad=False,
             force_rebind=False, shared_module=None, grad_req="write"):
        """Allocate the executor's arrays for these input shapes."""
        if self.binded and not force_rebind:
            self.logger.warning("Already bound, ignoring bind()")
            return
        if data_shapes is None:
            raise TypeError("'NoneType' object is not iterable: Module.bind needs data_shapes")
        self.for_training, self.inputs_need_grad = for_training, inputs_need_grad
        self._data_shapes, self._label_shapes = _descs(data_shapes), _descs(label_shapes) or None
        _check_names_match(self._data_names, self._data_shapes, "data", True)
        if self._label_shapes is not None:
            _check_names_match(self._label_names, self._label_shapes, "label", False)
            for desc in self._label_shapes:
                if desc.name not in self._symbol.list_arguments():
                    raise KeyError(desc.name)          # MXNet fails looking up the label's array
        self._grad_req = grad_req
        self._exec = self._make_executor(self._data_shapes, self._label_shapes, shared_module)
        self.binded = True
        if self.params_initialized:
            self._copy_params_into_executor()

    def _grad_reqs(self):
        reqs = {}
        for name in self._symbol.list_arguments():
            if name in self._param_names:
                fixed = name in self._fixed_param_names
                reqs[name] = "null" if not self.for_training or fixed else \
                    (self._grad_req if isinstance(self._grad_req, str) else self._grad_req.get(name, "write"))
            elif name in self._data_names:
                reqs[name] = "write" if self.inputs_need_grad else "null"
            else:
                reqs[name] = "null"
        return reqs

    def _make_executor(self, data_shapes, label_shapes, shared_module=None):
        inputs = self._symbol.list_inputs()
        shapes = {d.name: d.shape for d in data_shapes + (label_shapes or []) if d.name in inputs}
        types = {d.name: d.dtype for d in data_shapes + (label_shapes or []) if d.name in inputs}
        arg_shapes, out_shapes, aux_shapes = infer_shape(self._symbol, (), shapes, partial=False)
        if arg_shapes is None:
            raise MXNetError(f"Module.bind: the shapes of some arguments cannot be inferred from {shapes}")
        arg_types, _, aux_types = infer_type(self._symbol, (), types, partial=True)
        arg_types = [t or np.float32 for t in arg_types]
        aux_types = [t or np.float32 for t in aux_types]
        source = shared_module._exec if shared_module is not None else self._exec
        names = self._symbol.list_arguments()
        reqs = self._grad_reqs()
        args, grads = [], {}
        for name, shape, dtype in zip(names, arg_shapes, arg_types):
            keep = source is not None and name in self._param_names and source.arg_dict[name].shape == shape
            if shared_module is not None and name in self._param_names and not keep:
                raise RuntimeError(f"simple_bind error. Arguments:\n" + "".join(f"{k}: {v}\n" for k, v in shapes.items())
                                   + f"the shared parameter {name} has shape {source.arg_dict[name].shape}, "
                                   f"but this symbol needs {tuple(shape)}")
            args.append(source.arg_dict[name] if keep else _wrap(np.zeros(shape, dtype), self._context[0]))
            if reqs[name] != "null":
                old = source.grad_dict.get(name) if keep else None
                grads[name] = old if old is not None else _wrap(np.zeros(shape, dtype), self._context[0])
        aux = [source.aux_dict[n] if source is not None else _wrap(np.zeros(s, t), self._context[0])
               for n, s, t in zip(self._aux_names, aux_shapes, aux_types)]
        return Executor(self._symbol, self._context[0], args, grads, reqs, aux, out_shapes=out_shapes)

    def init_params(self, initializer=None, arg_params=None, aux_params=None, allow_missing=False,
                    force_init=False, allow_extra=False):
        """Initialise parameters from ``arg_params``/``aux_params`` or with ``initializer``."""
        if self.params_initialized and not force_init:
            warnings.warn("Parameters already initialized and force_init=False. init_params call ignored.",
                          stacklevel=2)
            return
        _require(self.binded, "call bind before initializing the parameters")
        initializer = initializer if initializer is not None else _init.Uniform(0.01)
        attrs = self._symbol.attr_dict()
        for names, given, arrays in ((self._param_names, arg_params, self._exec.arg_dict),
                                     (self._aux_names, aux_params, self._exec.aux_dict)):
            for name in names:
                arr = arrays[name]
                if given is not None and name in given:
                    src = given[name] if isinstance(given[name], NDArray) else nd.array(given[name])
                    if src.shape != arr.shape:
                        raise MXNetError(f"init_params: {name} has shape {arr.shape} in the module, but the given "
                                         f"value has shape {src.shape}")
                    arr[:] = src
                elif given is not None and not allow_missing:
                    raise RuntimeError(f"{name} is not presented")
                else:
                    initializer(_init.InitDesc(name, attrs.get(name, {})), arr)
        self.params_initialized = True
        self._sync_params_from_executor()

    def _sync_params_from_executor(self):
        self._arg_params = {n: self._exec.arg_dict[n].copy() for n in self._param_names}
        self._aux_params = {n: self._exec.aux_dict[n].copy() for n in self._aux_names}

    def _copy_params_into_executor(self):
        self._exec.copy_params_from(self._arg_params, self._aux_params)

    def get_params(self):
        """(arg_params, aux_params): copies of the current parameter values."""
        _require(self.binded and self.params_initialized)
        self._sync_params_from_executor()
        return self._arg_params, self._aux_params

    def set_params(self, arg_params, aux_params, allow_missing=False, force_init=True, allow_extra=False):
        """Set parameter values: all of them as init_params, or (``allow_missing``) those given."""
        if not allow_missing:
            self.init_params(None, arg_params, aux_params, allow_missing, force_init, allow_extra)
            return
        if self.params_initialized and not force_init:
            warnings.warn("Parameters already initialized and force_init=False. set_params call ignored.",
                          stacklevel=2)
            return
        self._exec.copy_params_from(arg_params, aux_params, allow_extra_params=allow_extra)
        self.params_initialized = True
        self._sync_params_from_executor()

    # ---- optimizer -------------------------------------------------------------------
    def init_optimizer(self, kvstore="local", optimizer="sgd", optimizer_params=(("learning_rate", 0.01),),
                       force_init=False):
        """Create the optimizer (rescale_grad = 1/batch size) and the kvstore, as MXNet does."""
        _require(self.binded and self.params_initialized)
        if self.optimizer_initialized and not force_init:
            self.logger.warning("optimizer already initialized, ignoring...")
            return
        kv, update_on_kvstore = _create_kvstore(kvstore, self._arg_params)
        batch_size = self._data_shapes[0].shape[0]
        if kv is not None and "dist" in kv.type and "_sync" in kv.type:
            batch_size *= kv.num_workers
        idx2name = dict(enumerate(self._param_names))
        if isinstance(optimizer, str):
            params = dict(optimizer_params)
            params.setdefault("rescale_grad", 1.0 / batch_size)
            optimizer = _opt.create(optimizer, sym=self._symbol, param_idx2name=idx2name, **params)
        self._optimizer, self._kvstore, self._update_on_kvstore = optimizer, kv, update_on_kvstore
        if kv is not None:
            for name in self._param_names:
                kv.init(name, self._exec.arg_dict[name])
            if update_on_kvstore:
                kv.set_optimizer(optimizer)
            for name in self._param_names:
                kv.pull(name, out=self._exec.arg_dict[name])
        if not update_on_kvstore:
            self._updater = _opt.get_updater(optimizer)
        self.optimizer_initialized = True

    def borrow_optimizer(self, shared_module):
        """Use another module's optimizer, kvstore and updater."""
        self._optimizer, self._kvstore = shared_module._optimizer, shared_module._kvstore
        self._update_on_kvstore, self._updater = shared_module._update_on_kvstore, shared_module._updater
        self.optimizer_initialized = True

    # ---- computation ---------------------------------------------------------------
    def forward(self, data_batch, is_train=None):
        """Run the symbol on a batch (training mode by default when bound for training)."""
        _require(self.binded and self.params_initialized)
        is_train = self.for_training if is_train is None else is_train
        data = list(data_batch.data)
        label = list(data_batch.label or []) if self._bound_labels else []
        shapes = [d.shape for d in data] + [lb.shape for lb in label]
        bound = [d.shape for d in self._data_shapes] + [lb.shape for lb in (self._label_shapes or [])][:len(label)]
        if shapes != bound:
            self._reshape(data, label)
        values = dict(zip(self._data_names, data))
        values.update(zip(self._bound_labels, label))
        self._exec.forward(is_train=is_train, **values)

    def _reshape(self, data, label):
        self._data_shapes = [DataDesc(d.name, a.shape, d.dtype, d.layout) for d, a in zip(self._data_shapes, data)]
        if label and self._label_shapes:
            self._label_shapes = [DataDesc(d.name, a.shape, d.dtype, d.layout)
                                  for d, a in zip(self._label_shapes, label)]
        self._exec = self._make_executor(self._data_shapes, self._label_shapes)

    def reshape(self, data_shapes, label_shapes=None):
        """Rebind for new input shapes, keeping the parameters."""
        _require(self.binded)
        self._data_shapes, self._label_shapes = _descs(data_shapes), _descs(label_shapes) or None
        self._exec = self._make_executor(self._data_shapes, self._label_shapes)

    def prepare(self, data_batch, sparse_row_id_fn=None):
        """Nothing to prepare on one device without sparse parameters."""
        _require(self.binded)

    def get_states(self, merge_multi_context=True):
        """The arrays of the state inputs (``state_names``)."""
        _require(self.binded and self.params_initialized)
        _require(not merge_multi_context, "merge_multi_context=True is not supported for get_states yet.")
        return [[self._exec.arg_dict[n]] for n in self._state_names]

    def set_states(self, states=None, value=None):
        """Set the state inputs from arrays, or all to the scalar ``value``."""
        _require(self.binded and self.params_initialized)
        if (states is None) == (value is None):
            raise AssertionError("Only one of states & value can be specified.")
        for i, name in enumerate(self._state_names):
            self._exec.arg_dict[name][:] = value if states is None else states[i]

    def backward(self, out_grads=None):
        """Backward through the last forward (which must have been in training mode)."""
        _require(self.binded and self.params_initialized)
        if not self.for_training:
            raise MXNetError("backward: the module was bound with for_training=False")
        self._exec.backward(out_grads)

    def update(self):
        """Apply the optimizer to every parameter (through the kvstore when it updates)."""
        _require(self.binded and self.params_initialized and self.optimizer_initialized)
        ex = self._exec
        names = [n for n in self._param_names if n in ex.grad_dict and ex.grad_dict[n] is not None]
        if self._update_on_kvstore:
            for i, name in enumerate(names):
                self._kvstore.push(name, ex.grad_dict[name], priority=-i)
                self._kvstore.pull(name, out=ex.arg_dict[name], priority=-i)
            return
        if self._kvstore is not None:
            for i, name in enumerate(names):
                self._kvstore.push(name, ex.grad_dict[name], priority=-i)
                self._kvstore.pull(name, out=ex.grad_dict[name], priority=-i)
        for i, name in enumerate(self._param_names):
            if name in names:
                self._updater(i, ex.grad_dict[name], ex.arg_dict[name])

    def get_outputs(self, merge_multi_context=True):
        _require(self.binded and self.params_initialized)
        return list(self._exec.outputs)

    def get_input_grads(self, merge_multi_context=True):
        _require(self.binded and self.params_initialized and self.inputs_need_grad)
        return [self._exec.grad_dict[n] for n in self._data_names]

    def update_metric(self, eval_metric, labels, pre_sliced=False):
        """Update ``eval_metric`` with the outputs and labels, by name (``update_dict``), as MXNet does."""
        eval_metric.update_dict(dict(zip(self._label_names, labels or [])),
                                dict(zip(self._output_names, self.get_outputs())))

    # ---- checkpoints -----------------------------------------------------------------
    def save_checkpoint(self, prefix, epoch, save_optimizer_states=False, remove_amp_cast=True):
        """Write ``prefix-symbol.json``, ``prefix-%04d.params`` (and ``.states``)."""
        arg_params, aux_params = self.get_params()
        save_checkpoint(prefix, epoch, self._symbol, arg_params, aux_params)
        if save_optimizer_states:
            state_name = f"{prefix}-{epoch:04d}.states"
            self.save_optimizer_states(state_name)
            logging.info('Saved optimizer state to "%s"', state_name)

    @staticmethod
    def load(prefix, epoch, load_optimizer_states=False, **kwargs):
        """A Module from a checkpoint; parameters are set when it is bound and initialised."""
        symbol, args, auxs = load_checkpoint(prefix, epoch)
        mod = Module(symbol, **kwargs)
        mod._arg_params, mod._aux_params = args, auxs
        mod.params_initialized = True
        if load_optimizer_states:
            mod._preload_opt_states = f"{prefix}-{epoch:04d}.states"
        return mod

    def save_params(self, fname):
        arg_params, aux_params = self.get_params()
        params = {f"arg:{k}": v for k, v in arg_params.items()}
        params.update({f"aux:{k}": v for k, v in aux_params.items()})
        nd.save(fname, params)

    def load_params(self, fname):
        loaded = nd.load(fname)
        arg = {k[4:]: v for k, v in loaded.items() if k.startswith("arg:")}
        aux = {k[4:]: v for k, v in loaded.items() if k.startswith("aux:")}
        self.set_params(arg, aux)

    def save_optimizer_states(self, fname):
        """Write the optimizer state (from the kvstore when it updates)."""
        if self._update_on_kvstore:
            self._kvstore.save_optimizer_states(fname)
        else:
            with open(fname, "wb") as f:
                f.write(self._updater.get_states())

    def load_optimizer_states(self, fname):
        if self._update_on_kvstore:
            self._kvstore.load_optimizer_states(fname)
        else:
            with open(fname, "rb") as f:
                self._updater.set_states(f.read())

    def install_monitor(self, mon):
        """Let ``mon`` (an mx.mon.Monitor) watch this module's executor."""
        mon.install(self._exec)
