"""BucketingModule: one Module per bucket key, all sharing the default bucket's parameters."""
import logging

from ..base import MXNetError
from ..context import cpu
from .base_module import BaseModule
from .module import Module


class BucketingModule(BaseModule):
    """Switches between symbols made by ``sym_gen(bucket_key)`` that share parameters."""

    def __init__(self, sym_gen, default_bucket_key=None, logger=logging, context=None,
                 work_load_list=None, fixed_param_names=None, state_names=None, group2ctxs=None,
                 compression_params=None):
        super().__init__(logger)
        if default_bucket_key is None:
            raise AssertionError("BucketingModule needs a default_bucket_key")
        self._sym_gen, self._default_bucket_key = sym_gen, default_bucket_key
        self._context = context or cpu()
        self._fixed_param_names, self._state_names = fixed_param_names, state_names
        self._buckets, self._curr_module, self._curr_bucket_key = {}, None, None

    def _new_module(self, key):
        symbol, data_names, label_names = self._sym_gen(key)
        return Module(symbol, data_names, label_names, self.logger, self._context,
                      fixed_param_names=self._fixed_param_names, state_names=self._state_names)

    @property
    def symbol(self):
        return self._curr_module.symbol

    data_names = property(lambda self: self._curr_module.data_names)
    output_names = property(lambda self: self._curr_module.output_names)
    data_shapes = property(lambda self: self._curr_module.data_shapes)
    label_shapes = property(lambda self: self._curr_module.label_shapes)
    output_shapes = property(lambda self: self._curr_module.output_shapes)

    def bind(self, data_shapes, label_shapes=None, for_training=True, inputs_need_grad=False,
             force_rebind=False, shared_module=None, grad_req="write"):
        if self.binded and not force_rebind:
            return
        self.for_training, self.inputs_need_grad = for_training, inputs_need_grad
        module = self._new_module(self._default_bucket_key)
        preloaded = getattr(self, "_preloaded", None)
        if preloaded is not None:                 # from BucketingModule.load
            module._arg_params, module._aux_params = preloaded
            module.params_initialized = True
        module.bind(data_shapes, label_shapes, for_training, inputs_need_grad, grad_req=grad_req)
        self._buckets = {self._default_bucket_key: module}
        self._curr_module, self._curr_bucket_key = module, self._default_bucket_key
        self.binded = True

    def switch_bucket(self, bucket_key, data_shapes, label_shapes=None):
        """Make ``bucket_key`` current, binding its module (sharing parameters) on first use."""
        if bucket_key not in self._buckets:
            default = self._buckets[self._default_bucket_key]
            module = self._new_module(bucket_key)
            module.for_training, module.inputs_need_grad = self.for_training, self.inputs_need_grad
            module.bind(data_shapes, label_shapes, self.for_training, self.inputs_need_grad,
                        shared_module=default)
            module.params_initialized = default.params_initialized
            if default.optimizer_initialized:
                module.borrow_optimizer(default)
            self._buckets[bucket_key] = module
        self._curr_module, self._curr_bucket_key = self._buckets[bucket_key], bucket_key

    def init_params(self, *args, **kwargs):
        self._buckets[self._default_bucket_key].init_params(*args, **kwargs)
        self.params_initialized = True

    def get_params(self):
        return self._buckets[self._default_bucket_key].get_params()

    def set_params(self, arg_params, aux_params, allow_missing=False, force_init=True, allow_extra=False):
        self._buckets[self._default_bucket_key].set_params(arg_params, aux_params, allow_missing, force_init, allow_extra)
        self.params_initialized = True

    def init_optimizer(self, *args, **kwargs):
        default = self._buckets[self._default_bucket_key]
        default.init_optimizer(*args, **kwargs)
        for module in self._buckets.values():
            if module is not default:
                module.borrow_optimizer(default)
        self.optimizer_initialized = True

    def forward(self, data_batch, is_train=None):
        if not (self.binded and self.params_initialized):
            raise AssertionError("")
        # as MXNet: a batch without bucket_key is bucket None (whose module needs provide_data)
        self.switch_bucket(getattr(data_batch, "bucket_key", None), data_batch.provide_data, data_batch.provide_label)
        self._curr_module.forward(data_batch, is_train)

    def backward(self, out_grads=None):
        self._curr_module.backward(out_grads)

    def update(self):
        self._curr_module.update()

    def get_outputs(self, merge_multi_context=True):
        return self._curr_module.get_outputs()

    def get_input_grads(self, merge_multi_context=True):
        return self._curr_module.get_input_grads()

    def update_metric(self, eval_metric, labels, pre_sliced=False):
        self._curr_module.update_metric(eval_metric, labels)

    def prepare(self, data_batch, sparse_row_id_fn=None):
        """Switch to the batch's bucket ahead of its forward."""
        self.switch_bucket(data_batch.bucket_key, data_batch.provide_data, data_batch.provide_label)

    def install_monitor(self, mon):
        """Let ``mon`` watch every bucket's executor."""
        for module in self._buckets.values():
            module.install_monitor(mon)

    def get_states(self, merge_multi_context=True):
        return self._curr_module.get_states(merge_multi_context)

    def set_states(self, states=None, value=None):
        self._curr_module.set_states(states, value)

    def save_params(self, fname):
        self._buckets[self._default_bucket_key].save_params(fname)

    def load_params(self, fname):
        self._buckets[self._default_bucket_key].load_params(fname)
        self.params_initialized = True

    @staticmethod
    def load(prefix, epoch, sym_gen=None, default_bucket_key=None, **kwargs):
        """A BucketingModule from ``save_checkpoint``'s files; parameters are set when it is bound."""
        from .. import ndarray as nd
        from ..model import load_params
        if sym_gen is None:
            raise AssertionError("sym_gen is required for loading BucketingModule")
        if default_bucket_key is None:
            raise AssertionError("default_bucket_key is required for loading BucketingModule")
        nd.load(f"{prefix}.buckets")            # the saved bucket keys (the modules are rebuilt from sym_gen)
        mod = BucketingModule(sym_gen, default_bucket_key, **kwargs)
        mod._preloaded = load_params(prefix, epoch)
        mod.params_initialized = True
        return mod

    def save_checkpoint(self, prefix, epoch, remove_amp_cast=False):
        """Write the parameters, each bucket's symbol and the list of bucket keys, as MXNet does."""
        import numpy as np
        from .. import ndarray as nd
        if not self._buckets:
            raise AssertionError("Empty BucketingModule cannot be saved")
        self.save_params(f"{prefix}-{epoch:04d}.params")
        for key in self._buckets:
            symbol, _, _ = self._sym_gen(key)
            symbol.save(f"{prefix}-{key}-symbol.json", remove_amp_cast=remove_amp_cast)
        nd.save(f"{prefix}.buckets", nd.array(list(self._buckets.keys()), dtype=np.int32))
