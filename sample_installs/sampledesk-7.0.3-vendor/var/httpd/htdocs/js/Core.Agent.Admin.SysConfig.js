// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Agent_Admin_SysConfig = (function (TargetNS) {
    TargetNS.SyncHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.UpdateEscalation = function ($Element) {
        return $Element.find('.Escalation').data('escalation-id');
    };
    TargetNS.DeleteSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.UpdateState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    return TargetNS;
}(Core.Core_Agent_Admin_SysConfig || {}));
