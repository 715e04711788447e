"""Trainer: applies an optimizer to a set of Parameters, through a kvstore when there is one."""

import numpy as np

from .. import optimizer as opt
from ..base import class_text as _class_text, error_like as _error_like
from ..kvstore import KVStore  # noqa: F401  (a name MXNet's gluon.trainer module shows)
from .parameter import Parameter, ParameterDict

__all__ = ["Trainer"]

# kvstore type -> (distributed, updates must run on the kvstore). Other types: read from the name.
_KV_MODES = {
    "local": (False, False), "device": (False, False), "nccl": (False, False),
    "dist_sync": (True, False), "dist_device_sync": (True, False), "dist_sync_device": (True, False),
    "dist_async": (True, True), "dist_device_async": (True, True),
}


def _kv_mode(kv_type):
    """(distributed, must update on kvstore) for a kvstore type."""
    return _KV_MODES.get(kv_type, ("dist" in kv_type, "dist" in kv_type and "async" in kv_type))


_UsageError = _error_like(AssertionError)       # a misuse of the Trainer, where MXNet asserts


def _create_kvstore(kvstore, num_device, params, type_error=None):
    """(kvstore or None, update_on_kvstore default), as MXNet chooses them (``type_error``: the bad-type message)."""
    from .. import kvstore as kvs
    update_on_kvstore = kvs.base.update_on_kvstore_default()
    if kvstore is None:
        kv = None
    elif isinstance(kvstore, kvs.KVStoreBase):
        kv = kvstore
    elif isinstance(kvstore, str):
        if num_device == 1 and "dist" not in kvstore:
            kv = None                       # one device in one process: nothing to aggregate
        else:
            kv = kvs.create(kvstore)
            # (no parameters: max() fails, as MXNet's)
            if kvstore == "local" and max(int(np.prod(p.shape)) for p in params) > 1024 * 1024 * 16:
                update_on_kvstore = False        # huge weights: update on the devices instead
    else:
        raise TypeError(type_error or "kvstore must be KVStore, str or None")
    if kv is None:
        return None, False
    return kv, update_on_kvstore and kv.is_capable(kvs.KVStoreBase.OPTIMIZER)


class Trainer:
    """Applies an Optimizer to a set of Parameters; call ``step`` after ``backward``.

    Parameters
    ----------
    params : ParameterDict, dict or list of Parameter
        The parameters to optimise (a dict is taken in sorted-name order).
    optimizer : str or Optimizer
    optimizer_params : dict
        Arguments of the optimizer (``{'learning_rate': 0.1}``).
    kvstore : str, KVStore or None, default 'device'
        Where gradients are aggregated (across contexts and, for 'dist_*', across workers).
    compression_params : dict
        Gradient compression of the kvstore.
    update_on_kvstore : bool, default None
        Run the optimizer in the kvstore (None: chosen from the kvstore type).
    """

    def __init__(self, params, optimizer, optimizer_params=None, kvstore="device", compression_params=None,
                 update_on_kvstore=None):
        if isinstance(params, (dict, ParameterDict)):
            params = [params[k] for k in sorted(params.keys())]
        if not isinstance(params, (list, tuple)):
            raise ValueError(f"First argument must be a list or dict of Parameters, got {_class_text(params)}.")
        self._params = []
        self._param2idx = {}
        for i, param in enumerate(params):
            if not isinstance(param, Parameter):
                raise ValueError(f"First argument must be a list or dict of Parameters, got list of "
                                 f"{_class_text(param)}.")
            self._param2idx[param.name] = i
            self._params.append(param)
            param._set_trainer(self)
        self._contains_sparse_weight = any(p._stype != "default" for p in self._params)
        self._contains_sparse_grad = any(p._grad_stype != "default" for p in self._params)
        self._compression_params = compression_params
        self._contexts = self._check_contexts()
        self._init_optimizer(optimizer, optimizer_params or {})
        self._scale = self._optimizer.rescale_grad
        self._kvstore_params = {"kvstore": kvstore, "update_on_kvstore": update_on_kvstore}
        self._kv_initialized = False
        self._kvstore = None
        self._update_on_kvstore = None
        self._distributed = None
        self._params_to_init = []
        self._reset_kvstore()

    def _check_contexts(self):
        contexts = None
        for param in self._params:
            ctx = param.list_ctx()
            if contexts is not None and contexts != ctx:
                raise _UsageError(f"All Parameters must be initialized on the same set of contexts, but Parameter "
                                  f"{param.name} is initialized on {ctx} while previous Parameters are initialized "
                                  f"on {contexts}.")
            contexts = ctx
        return contexts

    def _init_optimizer(self, optimizer, optimizer_params):
        param_dict = dict(enumerate(self._params))
        if isinstance(optimizer, opt.Optimizer):
            if optimizer_params:
                raise _UsageError("optimizer_params must be None if optimizer is an instance of Optimizer "
                                  "instead of str")
            self._optimizer = optimizer
            self._optimizer.param_dict = param_dict     # not copied: later lr_mult changes take effect
        else:
            self._optimizer = opt.create(optimizer, param_dict=param_dict, **optimizer_params)
        self._updaters = [opt.get_updater(self._optimizer) for _ in self._contexts]

    # ---- the kvstore -------------------------------------------------------------------
    def _reset_kvstore(self):
        if self._kvstore is not None and "dist" in self._kvstore.type:
            raise RuntimeError("Cannot reset distributed KVStore.")
        self._kv_initialized = False
        self._kvstore = None
        self._distributed = None
        self._update_on_kvstore = None
        self._params_to_init = list(self._params)

    def _init_kvstore(self):
        """Create the kvstore and decide where updates run."""
        config = self._kvstore_params
        if self._contains_sparse_weight:
            self._init_sparse_weight_kvstore(config)
            return
        for param in self._params:      # MXNet reads every weight here, on the first of the contexts it was
            param.data(self._contexts[0])   # given: a deferred one (or one moved off them) fails the first step
        kv, update_on_kvstore = _create_kvstore(config["kvstore"], len(self._contexts), self._params)
        self._distributed, must_update_on_kv = _kv_mode(kv.type) if kv is not None else (False, False)
        if self._contains_sparse_grad:
            update_on_kvstore = self._sparse_grad_update_on_kvstore(kv, config)
        else:
            if must_update_on_kv:
                if config["update_on_kvstore"] is False:
                    raise ValueError("Please set update_on_kvstore=True when training in async mode.")
                update_on_kvstore = True
            if config["update_on_kvstore"] is not None:
                update_on_kvstore = config["update_on_kvstore"]
            if kv is None and update_on_kvstore:
                # MXNet 1.9.1 asks the missing store whether it can run an optimizer
                raise AttributeError("'NoneType' object has no attribute 'is_capable'")
            if kv is not None and update_on_kvstore and not kv.is_capable("optimizer"):
                if config["update_on_kvstore"]:
                    raise ValueError(f"Please set update_on_kvstore=False when training with {_class_text(kv)}")
                update_on_kvstore = False
        if kv is not None:
            if self._compression_params:
                kv.set_gradient_compression(self._compression_params)
            if update_on_kvstore:
                kv.set_optimizer(self._optimizer)
        self._kvstore = kv
        self._update_on_kvstore = update_on_kvstore if kv is not None else None
        self._kv_initialized = True

    def _sparse_grad_update_on_kvstore(self, kv, config):
        """With sparse gradients, updates run where the weights are, unless the kvstore is distributed."""
        from .. import kvstore as kvs
        if kv is not None and not isinstance(kv, kvs.KVStore):
            raise ValueError(f"Cannot use {_class_text(kv)} for multi-device training with sparse gradients")
        if config["update_on_kvstore"] is None:
            return self._distributed
        if config["update_on_kvstore"] is False and self._distributed:
            raise ValueError("Cannot set update_on_kvstore=False on dist kvstore when sparse gradients are present.")
        return config["update_on_kvstore"]

    def _init_sparse_weight_kvstore(self, config):
        """row_sparse weights live in a kvstore, which runs the optimizer (their rows are pulled when used)."""
        from ..model import _create_sparse_kvstore
        kv = _create_sparse_kvstore(config["kvstore"])[0]
        self._distributed = "dist" in kv.type      # as MXNet: known even when the configuration is refused
        if config["update_on_kvstore"] is False:
            raise ValueError("Cannot set update_on_kvstore=False when sparse weights are present.")
        if self._compression_params:
            kv.set_gradient_compression(self._compression_params)
        kv.set_optimizer(self._optimizer)
        self._kvstore, self._update_on_kvstore, self._kv_initialized = kv, True, True

    def _init_params(self):
        """Put initialised parameters into the kvstore and give every context (and worker) its value."""
        waiting = []
        for param in self._params_to_init if self._kvstore is not None else ():
            if param._deferred_init:
                waiting.append(param)
            elif param._stype != "default":
                # a sparse weight stays in the kvstore; its rows are pulled by row_sparse_data
                self._kvstore.init(self._param2idx[param.name], param._check_and_get(param._data, list)[0])
            else:
                idx = self._param2idx[param.name]
                arrays = param.list_data()
                self._kvstore.broadcast(idx, arrays[0], arrays)
        self._params_to_init = waiting

    def _row_sparse_pull(self, parameter, out, row_id, full_idx=False):
        """Pull the rows ``row_id`` of ``parameter`` from the kvstore into ``out`` (every row: ``full_idx``)."""
        self._ensure_kvstore()
        idx = self._param2idx[parameter.name]
        if full_idx and "dist" not in self._kvstore.type:
            self._kvstore.pull(idx, out=out, priority=-idx, ignore_sparse=False)
        else:
            self._kvstore.row_sparse_pull(idx, out=out, row_ids=row_id, priority=-idx)

    def _ensure_kvstore(self):
        if not self._kv_initialized:
            self._init_kvstore()
        if self._params_to_init:
            self._init_params()

    # ---- learning rate -----------------------------------------------------------------
    @property
    def learning_rate(self):
        """The optimizer's current learning rate."""
        return self._optimizer.learning_rate

    @property
    def optimizer(self):
        """The Optimizer."""
        return self._optimizer

    def set_learning_rate(self, lr):
        """Set the optimizer's learning rate, also on the servers running their copy of it (a dist kvstore with
        update_on_kvstore; MXNet leaves them at the old rate). Every worker calls it, as every worker steps."""
        self._optimizer.set_learning_rate(lr)
        if self._update_on_kvstore and self._distributed and self._kv_initialized:
            self._kvstore.set_learning_rate(lr)

    # ---- a step -----------------------------------------------------------------------
    def _check_and_rescale_grad(self, scale):
        if self._update_on_kvstore and self._distributed and self._kv_initialized:
            if self._optimizer.rescale_grad != scale:
                raise UserWarning("Possible change in the `batch_size` from previous `step` detected. Optimizer "
                                  "gradient normalizing factor will not change w.r.t new batch_size when "
                                  "update_on_kvstore=True and when distributed kvstore is used.")
        self._optimizer.rescale_grad = scale

    def step(self, batch_size, ignore_stale_grad=False):
        """Update the parameters after ``backward``, scaling gradients by ``1/batch_size``.

        Parameters
        ----------
        batch_size : int
            Gradients are normalised by 1/batch_size (1 if the loss is already a mean).
        ignore_stale_grad : bool, default False
            Skip parameters whose gradient ``backward`` has not written since the last step
            (without it they are an error).
        """
        self._check_and_rescale_grad(self._scale / batch_size)
        self._ensure_kvstore()
        self._allreduce_grads()
        self._update(ignore_stale_grad)

    def allreduce_grads(self):
        """Sum the gradients over contexts (and workers) without updating; then call ``update``."""
        self._ensure_kvstore()
        self._check_not_on_kvstore("allreduce_grads")
        self._allreduce_grads()

    def update(self, batch_size, ignore_stale_grad=False):
        """Apply the optimizer to the (already reduced) gradients; see ``step``."""
        self._ensure_kvstore()
        self._check_not_on_kvstore("update")
        self._check_and_rescale_grad(self._scale / batch_size)
        self._update(ignore_stale_grad)

    def _check_not_on_kvstore(self, what):
        if self._kvstore is not None and self._update_on_kvstore:
            raise _UsageError(f"{what}() when parameters are updated on kvstore is not supported. Try setting "
                              "`update_on_kvstore` to False when creating trainer.")

    def _allreduce_grads(self):
        """Push gradients; pull back the summed gradients, or the updated weights when the kvstore updates."""
        if self._kvstore is None:
            return
        for i, param in enumerate(self._params):
            if param.grad_req == "null":
                continue
            if param._grad_stype != "default":
                # sparse gradients are pushed; a dense weight pulls its new value, or the summed gradients
                self._kvstore.push(i, param.list_grad(), priority=-i)
                if param._stype == "default":
                    pull = param.list_data() if self._update_on_kvstore else param.list_grad()
                    self._kvstore.pull(i, pull, priority=-i, ignore_sparse=self._distributed)
                continue
            if self._update_on_kvstore:
                self._kvstore.pushpull(i, param.list_grad(), out=param.list_data(), priority=-i)
            else:
                self._kvstore.pushpull(i, param.list_grad(), priority=-i)

    def _update(self, ignore_stale_grad=False):
        scaler = getattr(self, "_amp_loss_scaler", None)       # set by mx.contrib.amp.init_trainer
        if scaler is not None and scaler.has_overflow(self._params):
            return                                              # a step whose gradients overflowed is skipped
        updates = [[] for _ in self._updaters]
        on_kvstore = self._kvstore is not None and self._update_on_kvstore
        for i, param in enumerate(self._params):
            if param._grad_req == "null":
                continue
            data = param._check_and_get(param._data, list)
            if not ignore_stale_grad:
                for arr in data:
                    node = arr._node
                    if node is None or not node[0].fresh:
                        raise UserWarning(
                            f"Gradient of Parameter `{param.name}` on context {arr.context} has not been updated "
                            "by backward since last `step`. This could mean a bug in your model that made it only "
                            "use a subset of the Parameters (Blocks) for this iteration. If you are intentionally "
                            "only using a subset, call step with ignore_stale_grad=True to suppress this warning "
                            "and skip updating of Parameters with stale gradient")
            if on_kvstore:
                continue        # as in MXNet: the gradients are not marked used, the kvstore already applied them
            grads = param._grad        # row_sparse buffers for grad_stype 'row_sparse': lazy updates see their rows
            for upd, arr, grad in zip(updates, data, grads):
                node = arr._node        # (fresh: backward wrote the gradient since the last update)
                if not ignore_stale_grad or node is not None and node[0].fresh:
                    upd.append((i, grad, arr))
                    if node is not None:        # used: stale until the next backward
                        node[0].fresh = False
        for updater, upd in zip(self._updaters, updates):
            if upd:
                idx, grads, weights = zip(*upd)
                updater(list(idx), list(grads), list(weights))

    # ---- states ------------------------------------------------------------------------
    def save_states(self, fname):
        """Save the optimizer and its states (momentum, ...) to ``fname``."""
        self._ensure_kvstore()
        if self._update_on_kvstore:
            if self._params_to_init:
                raise _UsageError("Cannot save trainer states when some parameters are not yet initialized in kvstore.")
            self._kvstore.save_optimizer_states(fname, dump_optimizer=True)
        else:
            with open(fname, "wb") as f:
                f.write(self._updaters[0].get_states(dump_optimizer=True))

    def load_states(self, fname):
        """Load states saved by ``save_states`` (the parameters' lr_mult/wd_mult are kept)."""
        self._ensure_kvstore()
        if self._update_on_kvstore:
            self._kvstore.load_optimizer_states(fname)
            updater = self._kvstore._updater
            # a dist kvstore's optimizer runs on the servers; the store keeps the one it loaded into them
            self._optimizer = updater.optimizer if updater is not None else self._kvstore._optimizer
        else:
            with open(fname, "rb") as f:
                states = f.read()
            for updater in self._updaters:
                updater.set_states(states)
                updater.optimizer = self._updaters[0].optimizer
            self._optimizer = self._updaters[0].optimizer
        self._optimizer.param_dict = dict(enumerate(self._params))


from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """np""".split(),
                   """_create_kvstore _create_sparse_kvstore""".split())
