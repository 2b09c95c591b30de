// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Data = (function (TargetNS) {
    TargetNS.UpdateSalutation = function ($Element) {
        return $Element.find('.Salutation').data('salutation-id');
    };
    TargetNS.AddPriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.DeleteSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.AddPriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.LookupState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    TargetNS.AddArticle = function ($Element) {
        return $Element.find('.Article').data('article-id');
    };
    TargetNS.ExistsHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.AddAttachment = function ($Element) {
        return $Element.find('.Attachment').data('attachment-id');
    };
    return TargetNS;
}(Core.Core_Data || {}));
