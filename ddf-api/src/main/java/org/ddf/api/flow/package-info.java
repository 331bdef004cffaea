/** REST contracts of DynamicDeepFlow: the train-ddf job's parameters and the window-label requests and responses. */
package org.ddf.api.flow;
