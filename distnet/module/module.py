"""Module: a symbol bound to a group of executors (one per device), with parameters, an optimizer
and a kvstore."""
import logging
import warnings

from .. import context as ctx
from .. import ndarray as nd
from .. import optimizer as opt
from ..base import call_merging as _call_merging
from ..initializer import InitDesc, Uniform
from ..io import DataDesc
from ..ndarray import zeros
from ..model import (_create_kvstore, _initialize_kvstore, _update_params, _update_params_on_kvstore,
                     load_checkpoint)
from .base_module import BaseModule, _check_input_names, _parse_data_desc
from .executor_group import DataParallelExecutorGroup


def _require(condition, message=""):
    """MXNet's Module checks its state with assertions: the same exception type here."""
    if not condition:
        raise AssertionError(message)


class Module(BaseModule):
    """A symbol with data and label inputs, trained through forward/backward/update.

    Parameters
    ----------
    symbol : Symbol
    data_names, label_names, state_names : list of str
        The symbol's inputs fed from batches' data, from their labels, and kept as state.
    context : Context or list of Context
        Devices; each batch is split between them by ``work_load_list``.
    fixed_param_names : list of str
        Parameters that are not updated.
    """

    def __init__(self, symbol, data_names=("data",), label_names=("softmax_label",), logger=logging,
                 context=ctx.cpu(), work_load_list=None, fixed_param_names=None, state_names=None,
                 group2ctxs=None, compression_params=None):
        super().__init__(logger=logger)
        if isinstance(context, ctx.Context):
            context = [context]
        self._context = context
        if work_load_list is None:
            work_load_list = [1] * len(self._context)
        assert len(work_load_list) == len(self._context)
        self._work_load_list, self._group2ctxs = work_load_list, group2ctxs
        self._symbol = symbol
        data_names = list(data_names) if data_names is not None else []
        label_names = list(label_names) if label_names is not None else []
        state_names = list(state_names) if state_names is not None else []
        fixed_param_names = list(fixed_param_names) if fixed_param_names is not None else []
        _check_input_names(symbol, data_names, "data", True)
        _check_input_names(symbol, label_names, "label", False)
        _check_input_names(symbol, state_names, "state", True)
        _check_input_names(symbol, fixed_param_names, "fixed_param", True)
        inputs = data_names + label_names + state_names
        self._param_names = [x for x in symbol.list_arguments() if x not in inputs]
        self._fixed_param_names = fixed_param_names
        self._aux_names = symbol.list_auxiliary_states()
        self._data_names, self._label_names, self._state_names = data_names, label_names, state_names
        self._output_names = symbol.list_outputs()
        self._arg_params = self._aux_params = None
        self._params_dirty = False
        self._compression_params = compression_params
        self._optimizer = self._kvstore = self._update_on_kvstore = self._updater = None
        self._preload_opt_states = None
        self._grad_req = None
        self._exec_group = self._data_shapes = self._label_shapes = None

    @staticmethod
    def load(prefix, epoch, load_optimizer_states=False, **kwargs):
        """A Module from a checkpoint; parameters (and optimizer states) are set at bind/init_optimizer."""
        sym, args, auxs = load_checkpoint(prefix, epoch)
        mod = _call_merging(Module, (), {"symbol": sym}, kwargs)
        mod._arg_params, mod._aux_params = args, auxs
        mod.params_initialized = True
        if load_optimizer_states:
            mod._preload_opt_states = "%s-%04d.states" % (prefix, epoch)
        return mod

    def save_checkpoint(self, prefix, epoch, save_optimizer_states=False, remove_amp_cast=True):
        """Write ``prefix-symbol.json``, ``prefix-%04d.params`` (and ``.states``)."""
        self._symbol.save(f"{prefix}-symbol.json", remove_amp_cast=remove_amp_cast)
        param_name = "%s-%04d.params" % (prefix, epoch)
        self.save_params(param_name)
        logging.info('Saved checkpoint to "%s"', param_name)
        if save_optimizer_states:
            state_name = "%s-%04d.states" % (prefix, epoch)
            self.save_optimizer_states(state_name)
            logging.info('Saved optimizer state to "%s"', state_name)

    def _reset_bind(self):
        self.binded = False
        self._exec_group = self._data_shapes = self._label_shapes = None

    # ---- descriptions --------------------------------------------------------------
    data_names = property(lambda self: self._data_names, doc="The names of the module's data inputs.")
    label_names = property(lambda self: self._label_names, doc="The names of the module's label inputs.")
    output_names = property(lambda self: self._output_names, doc="The names of the module's outputs.")

    @property
    def data_shapes(self):
        """The data inputs' descriptions (name, shape), once bound."""
        _require(self.binded)
        return self._data_shapes

    @property
    def label_shapes(self):
        """The label inputs' descriptions (name, shape), once bound; None without labels."""
        _require(self.binded)
        return self._label_shapes

    @property
    def output_shapes(self):
        """The outputs' (name, shape) pairs, once bound."""
        _require(self.binded)
        return self._exec_group.get_output_shapes()

    # ---- parameters ----------------------------------------------------------------
    def get_params(self):
        """(arg_params, aux_params): the module's dicts, refreshed from the devices."""
        _require(self.params_initialized)
        if self._params_dirty:
            self._sync_params_from_devices()
        return self._arg_params, self._aux_params

    def init_params(self, initializer=Uniform(0.01), arg_params=None, aux_params=None, allow_missing=False,
                    force_init=False, allow_extra=False):
        """Set every parameter from ``arg_params``/``aux_params``, or with ``initializer`` (by sorted name)."""
        if self.params_initialized and not force_init:
            warnings.warn("Parameters already initialized and force_init=False. init_params call ignored.",
                          stacklevel=2)
            return
        _require(self.binded, "call bind before initializing the parameters")

        def fill(desc, arr, given):
            if given is None:
                initializer(desc, arr)
            elif desc in given:
                if given[desc] is not arr:
                    given[desc].copyto(arr)
            else:
                if not allow_missing:
                    raise RuntimeError(f"{desc} is not presented")
                if initializer is not None:
                    initializer(desc, arr)

        attrs = self._symbol.attr_dict()
        for params, given in ((self._arg_params, arg_params), (self._aux_params, aux_params)):
            for name, arr in sorted(params.items()):
                fill(InitDesc(name, attrs.get(name, None)), arr, given)
        self.params_initialized = True
        self._params_dirty = False
        self._exec_group.set_params(self._arg_params, self._aux_params, allow_extra=allow_extra)

    def set_params(self, arg_params, aux_params, allow_missing=False, force_init=True, allow_extra=False):
        """Set parameter values: all of them as init_params, or (``allow_missing``) those given."""
        if not allow_missing:
            self.init_params(initializer=None, arg_params=arg_params, aux_params=aux_params,
                             allow_missing=allow_missing, force_init=force_init, allow_extra=allow_extra)
            return
        if self.params_initialized and not force_init:
            warnings.warn("Parameters already initialized and force_init=False. set_params call ignored.",
                          stacklevel=2)
            return
        self._exec_group.set_params(arg_params, aux_params, allow_extra=allow_extra)
        self._params_dirty = True           # the module's own dicts were not updated
        self.params_initialized = True

    def _sync_params_from_devices(self):
        """Average the devices' parameters into the module's dicts."""
        self._exec_group.get_params(self._arg_params, self._aux_params)
        if self._kvstore and self._update_on_kvstore:
            for name, value in sorted(self._arg_params.items()):
                if value.stype == "row_sparse":
                    self._kvstore.row_sparse_pull(name, value, row_ids=nd.arange(0, value.shape[0], dtype="int64"))
        self._params_dirty = False

    # ---- binding ---------------------------------------------------------------------
    def bind(self, data_shapes, label_shapes=None, for_training=True, inputs_need_grad=False,
             force_rebind=False, shared_module=None, grad_req="write"):
        """Bind executors on the devices for these input shapes (sharing ``shared_module``'s parameters)."""
        if force_rebind:
            self._reset_bind()
        if self.binded:
            self.logger.warning("Already bound, ignoring bind()")
            return
        self.for_training, self.inputs_need_grad, self._grad_req = for_training, inputs_need_grad, grad_req
        if not for_training:
            assert not inputs_need_grad
        self._data_shapes, self._label_shapes = _parse_data_desc(self.data_names, self.label_names,
                                                                 data_shapes, label_shapes)
        shared_group = None
        if shared_module is not None:
            assert isinstance(shared_module, Module) and shared_module.binded and shared_module.params_initialized
            shared_group = shared_module._exec_group
            assert len(shared_group.execs) >= len(self._context)
        self._exec_group = DataParallelExecutorGroup(
            self._symbol, self._context, self._work_load_list, self._data_shapes, self._label_shapes,
            self._param_names, for_training, inputs_need_grad, shared_group, logger=self.logger,
            fixed_param_names=self._fixed_param_names, grad_req=grad_req, group2ctxs=self._group2ctxs,
            state_names=self._state_names)
        self._total_exec_bytes = self._exec_group._total_exec_bytes
        if shared_module is not None:
            self.params_initialized = True
            self._arg_params, self._aux_params = shared_module._arg_params, shared_module._aux_params
        elif self.params_initialized:          # re-binding, or loaded: copy the known values in
            self._exec_group.set_params(self._arg_params, self._aux_params)
        else:
            assert self._arg_params is None and self._aux_params is None
            self._arg_params = {name: zeros(x[0].shape, dtype=x[0].dtype, stype=x[0].stype)
                                for name, x in zip(self._param_names, self._exec_group.param_arrays)}
            self._aux_params = {name: zeros(x[0].shape, dtype=x[0].dtype)
                                for name, x in zip(self._aux_names, self._exec_group.aux_arrays)}
        if shared_module is not None and shared_module.optimizer_initialized:
            self.borrow_optimizer(shared_module)
        self.binded = True

    def reshape(self, data_shapes, label_shapes=None):
        """Rebind for new input shapes, keeping the parameters."""
        _require(self.binded)
        self._data_shapes, self._label_shapes = _parse_data_desc(self.data_names, self.label_names,
                                                                 data_shapes, label_shapes)
        self._exec_group.reshape(self._data_shapes, self._label_shapes)

    # ---- optimizer -------------------------------------------------------------------
    def init_optimizer(self, kvstore="local", optimizer="sgd", optimizer_params=(("learning_rate", 0.01),),
                       force_init=False):
        """Create the optimizer (rescale_grad = 1/batch size) and the kvstore, as MXNet does."""
        _require(self.binded and self.params_initialized)
        if self.optimizer_initialized and not force_init:
            self.logger.warning("optimizer already initialized, ignoring...")
            return
        if self._params_dirty:
            self._sync_params_from_devices()
        kvstore, update_on_kvstore = _create_kvstore(kvstore, len(self._context), self._arg_params)
        batch_size = self._exec_group.batch_size
        if kvstore and "dist" in kvstore.type and "_sync" in kvstore.type:
            batch_size *= kvstore.num_workers
        rescale_grad = 1.0 / batch_size
        optimizer = self._make_optimizer(optimizer, optimizer_params, rescale_grad, update_on_kvstore)
        self._optimizer, self._kvstore, self._update_on_kvstore = optimizer, kvstore, update_on_kvstore
        self._updater = None
        if kvstore:
            if self._compression_params:
                kvstore.set_gradient_compression(self._compression_params)
            if update_on_kvstore:
                kvstore.set_optimizer(self._optimizer)
            _initialize_kvstore(kvstore, self._exec_group.param_arrays, self._arg_params, self._param_names,
                                update_on_kvstore)
        if not update_on_kvstore:
            self._updater = opt.get_updater(optimizer)
        self.optimizer_initialized = True
        if self._preload_opt_states is not None:
            self.load_optimizer_states(self._preload_opt_states)
            self._preload_opt_states = None

    def _make_optimizer(self, optimizer, optimizer_params, rescale_grad, update_on_kvstore):
        """An Optimizer from a name (its indices named per device unless the kvstore updates)."""
        names = self._exec_group.param_names
        if update_on_kvstore:
            idx2name = dict(enumerate(names))
        else:
            ndev = len(self._context)
            idx2name = {i * ndev + k: n for k in range(ndev) for i, n in enumerate(names)}
        if isinstance(optimizer, str):
            params = dict(optimizer_params)
            params.setdefault("rescale_grad", rescale_grad)
            return _call_merging(opt.create, (optimizer,), {"sym": self.symbol, "param_idx2name": idx2name},
                                 params)
        assert isinstance(optimizer, opt.Optimizer)
        if optimizer.rescale_grad != rescale_grad:
            warnings.warn("Optimizer created manually outside Module but rescale_grad is not normalized to "
                          f"1.0/batch_size/num_workers ({optimizer.rescale_grad} vs. {rescale_grad}). "
                          "Is this intended?", stacklevel=3)
        if not optimizer.idx2name:
            optimizer.idx2name = idx2name.copy()
        return optimizer

    def borrow_optimizer(self, shared_module):
        """Use another module's optimizer, kvstore and updater."""
        assert shared_module.optimizer_initialized
        self._optimizer, self._kvstore = shared_module._optimizer, shared_module._kvstore
        self._update_on_kvstore, self._updater = shared_module._update_on_kvstore, shared_module._updater
        self.optimizer_initialized = True

    # ---- computation ---------------------------------------------------------------
    def forward(self, data_batch, is_train=None):
        """Run forward on a batch, rebinding first when its shapes differ from the bound ones."""
        _require(self.binded and self.params_initialized)
        current = tuple(i.shape for i in self._data_shapes)
        if isinstance(data_batch, list):
            assert data_batch is not None, "Encountered empty data batch"
            new_shapes = []
            for i in range(len(data_batch[0].data)):
                shape = data_batch[0].data[i].shape
                for db in data_batch:
                    assert shape == db.data[i].shape, "All data batches in a list need to have the same shape"
                new_shapes.append((len(data_batch) * shape[0],) + shape[1:])
            new_shapes = tuple(new_shapes)
        else:
            new_shapes = tuple(i.shape for i in data_batch.data)
        if current != new_shapes:
            self.reshape(*self._batch_descs(data_batch, new_shapes))
        self._exec_group.forward(data_batch, is_train)

    def _batch_descs(self, data_batch, new_shapes):
        """(data descs, label descs) for a batch of new shapes: its own, or the bound ones resized."""
        if getattr(data_batch, "provide_data", None):
            data = data_batch.provide_data
        else:
            data = [DataDesc(i.name, shape, i.dtype, i.layout) for i, shape in zip(self._data_shapes, new_shapes)]
        if getattr(data_batch, "provide_label", None):
            label = data_batch.provide_label
        elif getattr(data_batch, "label", None):
            label = [DataDesc(i.name, j.shape, i.dtype, i.layout) for i, j in zip(self._label_shapes, data_batch.label)]
        else:
            label = None
        return data, label

    def backward(self, out_grads=None):
        """Backward through the last forward on every device."""
        _require(self.binded and self.params_initialized)
        self._exec_group.backward(out_grads=out_grads)

    def update(self):
        """Apply the optimizer to every parameter (through the kvstore when it updates)."""
        _require(self.binded and self.params_initialized and self.optimizer_initialized)
        self._params_dirty = True
        group = self._exec_group
        if self._update_on_kvstore:
            _update_params_on_kvstore(group.param_arrays, group.grad_arrays, self._kvstore, group.param_names)
        else:
            _update_params(group.param_arrays, group.grad_arrays, updater=self._updater,
                           num_device=len(self._context), kvstore=self._kvstore, param_names=group.param_names)

    def get_outputs(self, merge_multi_context=True):
        """The last forward's outputs (per-device lists unless merged)."""
        _require(self.binded and self.params_initialized)
        return self._exec_group.get_outputs(merge_multi_context=merge_multi_context)

    def get_input_grads(self, merge_multi_context=True):
        """Gradients of the data inputs (needs ``inputs_need_grad`` at bind)."""
        _require(self.binded and self.params_initialized and self.inputs_need_grad)
        return self._exec_group.get_input_grads(merge_multi_context=merge_multi_context)

    def get_states(self, merge_multi_context=True):
        """The arrays of the state inputs (``state_names``), per device."""
        _require(self.binded and self.params_initialized)
        return self._exec_group.get_states(merge_multi_context=merge_multi_context)

    def set_states(self, states=None, value=None):
        """Set the state inputs from arrays, or all to the scalar ``value``."""
        _require(self.binded and self.params_initialized)
        self._exec_group.set_states(states, value)

    def update_metric(self, eval_metric, labels, pre_sliced=False):
        """Update ``eval_metric`` with the outputs and labels, by name, on every device."""
        self._exec_group.update_metric(eval_metric, labels, pre_sliced)

    # ---- optimizer states ----------------------------------------------------------
    def save_optimizer_states(self, fname):
        """Write the optimizer state (the kvstore's when it updates)."""
        _require(self.optimizer_initialized)
        if self._update_on_kvstore:
            self._kvstore.save_optimizer_states(fname)
        else:
            with open(fname, "wb") as fout:
                fout.write(self._updater.get_states())

    def load_optimizer_states(self, fname):
        """Read an optimizer state written by ``save_optimizer_states``."""
        _require(self.optimizer_initialized)
        if self._update_on_kvstore:
            self._kvstore.load_optimizer_states(fname)
        else:
            # the file is left to the collector, as MXNet's: its ResourceWarning shows where warnings are enabled
            self._updater.set_states(open(fname, "rb").read())  # noqa: SIM115

    def install_monitor(self, mon):
        """Let ``mon`` (an mx.mon.Monitor) watch every device's executor."""
        _require(self.binded)
        self._exec_group.install_monitor(mon)

    def prepare(self, data_batch, sparse_row_id_fn=None):
        """Pull the rows of row_sparse parameters the batch needs (nothing for dense parameters)."""
        _require(self.binded)
        if sparse_row_id_fn is not None and not (self._kvstore and self._update_on_kvstore):
            warnings.warn(UserWarning("Parameters are not updated in the KVStore. No need to call sparse_row_id_fn."))
        elif sparse_row_id_fn is not None:
            row_ids = sparse_row_id_fn(data_batch)
            if not isinstance(row_ids, dict):
                raise AssertionError("Expected dict output from sparse_row_id_fn")
            for name, row_id in row_ids.items():
                index = self._exec_group.param_names.index(name)
                on_devices = self._exec_group.param_arrays[index]
                if on_devices[0].stype != "row_sparse":      # a dense parameter is whole on every device
                    warnings.warn(UserWarning(f"{name}.stype is not 'row_sparse'. No need to perform row_sparse_pull."))
                    continue
                self._kvstore.row_sparse_pull(name, on_devices, priority=-index, row_ids=row_id)
